package org.clusterworks.planning.matchmaking;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clusterworks.stakeholders.Helix;
import org.clusterworks.stakeholders.StakeholderOrganisation;
import org.clusterworks.stakeholders.StakeholderRelationship;

/**
 * Partner matchmaking: organisations' offers and requests, and suggestions that pair a request with an offer of
 * another organisation, scored out of 100 and explained part by part: sector overlap (up to 40, the share of the
 * smaller code list that the other list covers, a code covering its sub-codes), complementary helix roles (20, the
 * two organisations play different roles, as triple-helix brokerage recommends), the same value-chain stage (20) and
 * no existing relationship between them (20, a new link for the network).
 */
public final class Matching {

    private Matching() {}

    /** An offer or a request. */
    public enum PostKind {
        OFFER,
        REQUEST;

        public String messageKey() {
            return "planning.post-kind." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where in the value chain an offer or request sits. */
    public enum Stage {
        INPUTS,
        PRODUCTION,
        PROCESSING,
        LOGISTICS,
        MARKETING,
        SERVICES;

        public String messageKey() {
            return "planning.stage." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** A published offer or request. */
    public record Post(
            long id,
            long organisationId,
            PostKind kind,
            String title,
            String description,
            String sectorCodes,
            Stage valueChainStage,
            String createdByName,
            OffsetDateTime createdAt,
            boolean active) {

        /** The sector codes as a set (comma, semicolon or space separated). */
        public Set<String> codes() {
            return codes(sectorCodes);
        }

        static Set<String> codes(String text) {
            Set<String> s = new LinkedHashSet<>();
            if (text != null) {
                Arrays.stream(text.split("[,;\\s]+"))
                        .map(String::strip)
                        .filter(c -> !c.isEmpty())
                        .forEach(s::add);
            }
            return s;
        }
    }

    /**
     * A suggested partner for one of an organisation's posts.
     *
     * @param mine the organisation's own post
     * @param theirs the other organisation's complementary post
     * @param partner the other organisation
     * @param score the total, 0-100
     * @param sectorPoints points for sector overlap (0-40)
     * @param sharedCodes the codes that overlap
     * @param helixPoints points for complementary helix roles (0 or 20)
     * @param stagePoints points for the same value-chain stage (0 or 20)
     * @param newLinkPoints points for having no relationship yet (0 or 20)
     */
    public record Suggestion(
            Post mine,
            Post theirs,
            StakeholderOrganisation partner,
            int score,
            int sectorPoints,
            List<String> sharedCodes,
            int helixPoints,
            int stagePoints,
            int newLinkPoints) {}

    /** Whether two industry codes overlap: equal, or one a parent of the other (NACE {@code 01.1} covers {@code 01.13}). */
    static boolean covers(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    /** The sector points (0-40) and the shared codes of two code lists. */
    static int sectorPoints(Set<String> a, Set<String> b, List<String> shared) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        int hit = 0;
        for (String s : smaller) {
            if (larger.stream().anyMatch(l -> covers(s, l))) {
                hit++;
                shared.add(s);
            }
        }
        return (int) Math.round(40.0 * hit / smaller.size());
    }

    /**
     * Suggestions for an organisation: each of its active posts paired with the complementary active posts of other
     * organisations that share a sector or a value-chain stage, best first.
     */
    public static List<Suggestion> suggest(
            long organisationId,
            Collection<Post> posts,
            Map<Long, StakeholderOrganisation> organisations,
            Collection<StakeholderRelationship> relationships) {
        Set<String> linked = new HashSet<>();
        for (StakeholderRelationship r : relationships) {
            linked.add(r.fromId() + "-" + r.toId());
            linked.add(r.toId() + "-" + r.fromId());
        }
        StakeholderOrganisation me = organisations.get(organisationId);
        List<Suggestion> out = new ArrayList<>();
        for (Post mine : posts) {
            if (mine.organisationId() != organisationId || !mine.active()) {
                continue;
            }
            for (Post theirs : posts) {
                if (theirs.organisationId() == organisationId || !theirs.active() || theirs.kind() == mine.kind()) {
                    continue;
                }
                StakeholderOrganisation partner = organisations.get(theirs.organisationId());
                if (partner == null) {
                    continue;
                }
                List<String> shared = new ArrayList<>();
                int sector = sectorPoints(mine.codes(), theirs.codes(), shared);
                int stage =
                        mine.valueChainStage() != null && mine.valueChainStage() == theirs.valueChainStage() ? 20 : 0;
                if (sector == 0 && stage == 0) {
                    continue;
                }
                Helix mh = me == null ? null : me.helix();
                int helix = mh != null && partner.helix() != null && mh != partner.helix() ? 20 : 0;
                int fresh = linked.contains(organisationId + "-" + partner.id()) ? 0 : 20;
                out.add(new Suggestion(
                        mine, theirs, partner, sector + helix + stage + fresh, sector, shared, helix, stage, fresh));
            }
        }
        out.sort(Comparator.comparingInt(Suggestion::score)
                .reversed()
                .thenComparing(s -> s.partner().name())
                .thenComparingLong(s -> s.theirs().id()));
        return out;
    }

    /**
     * A stage of the value chain that no organisation of the workspace offers anything at: requests placed there
     * find no partner inside the workspace.
     *
     * @param requests how many active requests of any organisation sit at this stage
     * @param own the viewed organisation's active requests at this stage (explained to it by name)
     */
    public record Gap(Stage stage, int requests, List<Post> own) {}

    /**
     * The value-chain gaps: every stage with no active offer, in value-chain order, with the active requests that
     * wait there ({@code organisationId} null: nobody's requests are singled out).
     */
    public static List<Gap> gaps(Long organisationId, Collection<Post> posts) {
        List<Gap> out = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            boolean offered = posts.stream()
                    .anyMatch(p -> p.active() && p.kind() == PostKind.OFFER && p.valueChainStage() == stage);
            if (offered) {
                continue;
            }
            List<Post> requests = posts.stream()
                    .filter(p -> p.active() && p.kind() == PostKind.REQUEST && p.valueChainStage() == stage)
                    .toList();
            out.add(new Gap(
                    stage,
                    requests.size(),
                    requests.stream()
                            .filter(p -> organisationId != null && p.organisationId() == organisationId)
                            .toList()));
        }
        return out;
    }
}
