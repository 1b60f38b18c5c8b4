package org.clusterworks.observatory.fielding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.observatory.core.Dimension;
import org.clusterworks.observatory.core.Level;
import org.clusterworks.observatory.core.ObservatoryRepository;
import org.clusterworks.observatory.core.Programme;
import org.clusterworks.observatory.core.Rating;
import org.clusterworks.observatory.core.Region;
import org.clusterworks.observatory.core.Taxonomy;
import org.clusterworks.surveys.SurveyFielding.SubmittedResponse;

/**
 * Checks a round's submitted responses against the observatory and maps each to the records it belongs to. A
 * response answers for one programme; the model says where each answer goes: at national level on the programme,
 * except the support wanted, which the national survey asked per country (Table 4); at regional level on the region,
 * because the regional survey asked its questions "in a general manner for all programmes in place" (Annex A), while
 * the programme keeps its duration, budget and focus. A response with any problem is refused whole.
 */
final class ResponseMapping {

    /** A problem of one response, naming the respondent and the question. */
    record Problem(String respondent, String question, String message) {
        @Override
        public String toString() {
            return respondent + ", question " + question + ": " + message;
        }
    }

    /** One closed or "other" answer of a response, before it is placed. */
    record Mapped(Dimension dimension, String itemCode, String rating, String otherText) {}

    /**
     * A response that passed every check.
     *
     * @param programmeId the recorded programme it answers for, or null for a new one named {@code name}
     */
    record Checked(
            String respondent,
            Level level,
            String country,
            Long regionId,
            Long programmeId,
            String name,
            Map<String, String> texts,
            List<Mapped> answers) {}

    /** The outcome: the responses to write and the problems of those refused. */
    record Outcome(List<Checked> checked, List<Problem> problems, List<String> refused) {}

    private final ObservatoryRepository repository;
    private final Taxonomy taxonomy;

    ResponseMapping(ObservatoryRepository repository, Taxonomy taxonomy) {
        this.repository = repository;
        this.taxonomy = taxonomy;
    }

    Outcome check(Level level, List<SubmittedResponse> responses) {
        List<Checked> checked = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (SubmittedResponse r : responses) {
            List<Problem> own = new ArrayList<>();
            Checked c = check(level, r, own);
            if (own.isEmpty()) {
                String key = c.programmeId() != null
                        ? "p" + c.programmeId()
                        : "new:" + c.country() + ":" + c.regionId() + ":"
                                + c.name().toLowerCase(Locale.ROOT);
                String first = seen.putIfAbsent(key, r.respondentKey());
                if (first != null) {
                    own.add(new Problem(
                            r.respondentKey(),
                            Instrument.PROGRAMME,
                            "answers for the same programme as " + first + "; a wave holds one record per programme"));
                }
            }
            if (own.isEmpty()) {
                checked.add(c);
            } else {
                problems.addAll(own);
                refused.add(r.respondentKey());
            }
        }
        return new Outcome(checked, problems, refused);
    }

    private Checked check(Level level, SubmittedResponse r, List<Problem> problems) {
        Map<String, String> v = r.values();
        String who = r.respondentKey();
        String country = null;
        Long regionId = null;
        if (level == Level.REGIONAL) {
            Optional<Region> region = id(v.get(Instrument.REGION), "r").flatMap(repository::region);
            if (region.isEmpty()) {
                problems.add(new Problem(who, Instrument.REGION, missingOr(v.get(Instrument.REGION), "region")));
            } else {
                regionId = region.get().id();
                country = region.get().country();
            }
        } else {
            String iso = v.get(Instrument.COUNTRY);
            if (iso == null || repository.country(iso).isEmpty()) {
                problems.add(new Problem(who, Instrument.COUNTRY, missingOr(iso, "country")));
            } else {
                country = iso;
            }
        }
        String choice = v.get(Instrument.PROGRAMME);
        Long programmeId = null;
        String name = null;
        if (choice == null || choice.isBlank()) {
            problems.add(new Problem(who, Instrument.PROGRAMME, "not answered: the response names no programme"));
        } else if (choice.equals(Instrument.NEW_PROGRAMME)) {
            name = strip(v.get(Instrument.PROGRAMME_NAME));
            if (name == null) {
                problems.add(new Problem(
                        who, Instrument.PROGRAMME_NAME, "incomplete: a programme not in the list needs its name"));
            } else if (name.length() > 600) {
                problems.add(new Problem(who, Instrument.PROGRAMME_NAME, "longer than 600 characters"));
            }
        } else {
            Optional<Programme> p = id(choice, "p").flatMap(repository::programme);
            if (p.isEmpty() || p.get().level() != level) {
                problems.add(new Problem(
                        who, Instrument.PROGRAMME, "'" + choice + "' is not a " + level.id() + " programme"));
            } else {
                programmeId = p.get().id();
                name = p.get().name();
                if (country != null
                        && level == Level.NATIONAL
                        && !p.get().country().equals(country)) {
                    problems.add(new Problem(
                            who,
                            Instrument.PROGRAMME,
                            "the programme '" + name + "' is recorded for "
                                    + p.get().country() + ", but the response" + " answers for " + country));
                }
                if (regionId != null && !regionId.equals(p.get().regionId())) {
                    problems.add(new Problem(
                            who,
                            Instrument.PROGRAMME,
                            "the programme '" + name + "' is recorded for another region than the one answered"));
                }
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String q : Instrument.PROGRAMME_TEXTS) {
            String t = strip(v.get(q));
            if (t != null && t.length() > 1000) {
                problems.add(new Problem(who, q, "longer than 1000 characters"));
            } else if (t != null) {
                texts.put(q, t);
            }
        }
        String url = texts.get(Instrument.URL);
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            problems.add(new Problem(who, Instrument.URL, "'" + url + "' is not a web address (http:// or https://)"));
        }
        List<Mapped> answers = new ArrayList<>();
        for (Dimension d : Instrument.ASKED) {
            answers.addAll(closed(d, v, who, problems));
            String other = strip(v.get(Instrument.other(d)));
            if (other != null) {
                if (other.length() > 2000) {
                    problems.add(new Problem(who, Instrument.other(d), "longer than 2000 characters"));
                } else {
                    answers.add(new Mapped(d, null, d.rated() ? Rating.TOP : Rating.TICK, other));
                }
            }
        }
        if (answers.isEmpty()) {
            problems.add(new Problem(who, "-", "incomplete: no answer to any question of the questionnaire's lists"));
        }
        return new Checked(who, level, country, regionId, programmeId, name, texts, answers);
    }

    private List<Mapped> closed(Dimension d, Map<String, String> v, String who, List<Problem> problems) {
        List<Mapped> out = new ArrayList<>();
        Optional<Scale> scale = Scale.of(d);
        if (scale.isPresent()) {
            String prefix = d.code() + "__";
            for (var e : v.entrySet()) {
                if (!e.getKey().startsWith(prefix)
                        || e.getValue() == null
                        || e.getValue().isBlank()) {
                    continue;
                }
                String item = e.getKey().substring(prefix.length());
                Optional<String> rating = scale.get().rating(e.getValue().strip());
                if (taxonomy.item(d.code(), item).isEmpty()) {
                    problems.add(
                            new Problem(who, e.getKey(), "'" + item + "' is not in the closed list of " + d.code()));
                } else if (rating.isEmpty()) {
                    problems.add(new Problem(
                            who,
                            e.getKey(),
                            "'" + e.getValue() + "' is not a point of the "
                                    + scale.get().list() + " scale"));
                } else {
                    out.add(new Mapped(d, item, rating.get(), null));
                }
            }
            out.sort(java.util.Comparator.comparing(Mapped::itemCode));
        } else {
            String ticked = v.get(d.code());
            if (ticked != null) {
                for (String item : ticked.strip().split("\\s+")) {
                    if (item.isEmpty()) {
                        continue;
                    }
                    if (taxonomy.item(d.code(), item).isEmpty()) {
                        problems.add(
                                new Problem(who, d.code(), "'" + item + "' is not in the closed list of " + d.code()));
                    } else {
                        out.add(new Mapped(d, item, Rating.TICK, null));
                    }
                }
            }
        }
        return out;
    }

    private static Optional<Long> id(String value, String prefix) {
        if (value == null || !value.matches(prefix + "[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(value.substring(prefix.length())));
    }

    private static String missingOr(String value, String what) {
        return value == null || value.isBlank()
                ? "not answered: the response names no " + what
                : "'" + value + "' is not a " + what + " of the observatory";
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
