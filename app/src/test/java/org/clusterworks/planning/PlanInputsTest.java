package org.clusterworks.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.clusterworks.planning.matchmaking.Matching;
import org.clusterworks.planning.plan.ActionLineInput;
import org.clusterworks.planning.plan.PlanSnapshot;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.stakeholders.Helix;
import org.clusterworks.stakeholders.StakeholderOrganisation;
import org.clusterworks.stakeholders.StakeholderRelationship;
import org.junit.jupiter.api.Test;

/** Budget validation with named fields, version comparison and the matchmaking score, without the application. */
class PlanInputsTest {

    static ActionLineInput line(String start, String end, String budget, String members, List<String> shares) {
        return new ActionLineInput(
                null,
                null,
                "A line",
                null,
                null,
                null,
                start,
                end,
                budget,
                "TZS",
                members,
                null,
                shares.stream().map(s -> "Funder").toList(),
                shares,
                List.of(),
                List.of());
    }

    static java.util.Map<String, String> errors(ActionLineInput in) {
        var errors = new InvalidInput.Collector();
        in.check(errors);
        return errors.errors();
    }

    @Test
    void sharesOfExactlyOneHundredPercentPassAndOneCentMoreIsRefused() {
        assertThat(errors(line("2027-01-01", "2027-01-01", "100", "33.33", List.of("33.33", "33.34"))))
                .isEmpty();
        assertThat(errors(line("2027-01-01", "2027-12-31", "100", "33.33", List.of("33.33", "33.35"))))
                .containsOnlyKeys("shares")
                .containsEntry("shares", "planning.shares-over-100");
    }

    @Test
    void eachBadFieldIsNamed() {
        assertThat(errors(line("2027-05-01", "2027-04-30", "-5", "101", List.of("20", "x"))))
                .containsEntry("endDate", "planning.end-before-start")
                .containsEntry("budget", "input.out-of-range")
                .containsEntry("membersSharePct", "input.out-of-range")
                .containsEntry("funderShare[2]", "input.number")
                .doesNotContainKey("funderShare[1]");
        assertThat(errors(line("May 1st", null, null, "10", List.of())))
                .containsEntry("startDate", "input.date")
                .containsEntry("endDate", "input.required")
                .containsEntry("budget", "planning.budget-needed-for-shares");
    }

    @Test
    void aFunderWithoutNameOrShareIsNamedByItsRow() {
        var in = new ActionLineInput(
                null,
                null,
                "A line",
                null,
                null,
                null,
                "2027-01-01",
                "2027-02-01",
                "10",
                "TZS",
                null,
                null,
                List.of("UNIDO", "", "EU"),
                List.of("10", "20", ""),
                List.of(),
                List.of());
        assertThat(errors(in))
                .containsEntry("funderName[2]", "input.required")
                .containsEntry("funderShare[3]", "input.required");
    }

    @Test
    void comparingVersionsListsAddedRemovedAndChangedFieldsByCode() {
        var a1 = new PlanSnapshot.LineRow(
                "A1",
                "Cold room",
                "O1",
                "Coop",
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31),
                new java.math.BigDecimal("380000000.00"),
                "TZS",
                null,
                null,
                "ONGOING",
                2);
        var a1b = new PlanSnapshot.LineRow(
                "A1",
                "Cold room",
                "O1",
                "Coop",
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2028, 3, 31),
                new java.math.BigDecimal("420000000"),
                "TZS",
                null,
                null,
                "DELAYED",
                2);
        var a2 = new PlanSnapshot.LineRow("A2", "Crates", null, null, null, null, null, null, null, null, "DONE", 0);
        var a3 =
                new PlanSnapshot.LineRow("A3", "Website", null, null, null, null, null, null, null, null, "PLANNED", 0);
        var older = new PlanSnapshot("Vision", List.of(), List.of(a1, a2));
        var newer = new PlanSnapshot("Vision", List.of(), List.of(a1b, a3));
        assertThat(PlanSnapshot.compare(older, newer))
                .extracting(PlanSnapshot.Difference::change, PlanSnapshot.Difference::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CHANGED", "endDate"),
                        org.assertj.core.groups.Tuple.tuple("CHANGED", "budget"),
                        org.assertj.core.groups.Tuple.tuple("CHANGED", "status"),
                        org.assertj.core.groups.Tuple.tuple("REMOVED", null),
                        org.assertj.core.groups.Tuple.tuple("ADDED", null));
        assertThat(PlanSnapshot.compare(older, older)).isEmpty();
    }

    static Matching.Post post(long id, long org, Matching.PostKind kind, String codes, Matching.Stage stage) {
        return new Matching.Post(id, org, kind, "post " + id, null, codes, stage, "x", null, true);
    }

    static StakeholderOrganisation org(long id, Helix helix) {
        return new StakeholderOrganisation(id, "Org " + id, helix, true, null, null, null);
    }

    @Test
    void theMatchScoreAddsItsExplainedParts() {
        var orgs = java.util.Map.of(
                1L, org(1, Helix.BUSINESS), 2L, org(2, Helix.RESEARCH_EDUCATION), 3L, org(3, Helix.BUSINESS));
        var posts = List.of(
                post(10, 1, Matching.PostKind.REQUEST, "01.13, 10.39", Matching.Stage.SERVICES),
                post(20, 2, Matching.PostKind.OFFER, "10.3, 72.19", Matching.Stage.SERVICES),
                post(30, 3, Matching.PostKind.OFFER, "01.13", Matching.Stage.PRODUCTION),
                post(40, 3, Matching.PostKind.REQUEST, "01.13", Matching.Stage.SERVICES),
                post(50, 2, Matching.PostKind.OFFER, "85.59", Matching.Stage.INPUTS));
        var related = List.of(new StakeholderRelationship(3, 1, "SUPPLIER_OF", 3, null, null, "SURVEY"));
        var s = Matching.suggest(1, posts, orgs, related);
        // Research lab: 1 of our 2 codes covered (their 10.3 covers our 10.39) -> 20; other helix 20; same
        // stage 20; no relationship 20 -> 80.
        assertThat(s).hasSize(2);
        assertThat(s.get(0).theirs().id()).isEqualTo(20);
        assertThat(s.get(0).sectorPoints()).isEqualTo(20);
        assertThat(s.get(0).sharedCodes()).containsExactly("10.39");
        assertThat(s.get(0).score())
                .isEqualTo(s.get(0).sectorPoints()
                        + s.get(0).helixPoints()
                        + s.get(0).stagePoints()
                        + s.get(0).newLinkPoints())
                .isEqualTo(80);
        // The supplier already linked to us: 40 for the code, same helix 0, other stage 0, existing link 0 -> 40.
        assertThat(s.get(1).theirs().id()).isEqualTo(30);
        assertThat(s.get(1).score()).isEqualTo(40);
        assertThat(s.get(1).newLinkPoints()).isZero();
        // Same-kind posts (their request) and posts sharing neither sector nor stage (85.59, inputs) never match.
        assertThat(s).extracting(x -> x.theirs().id()).doesNotContain(40L, 50L);
    }

    @Test
    void theICalendarFileEscapesTextsFoldsLongLinesAndGivesTimesInUtc() {
        String title = "Séminaire: qualité, export; \\ \"Drôme\" — " + "très long titre ".repeat(6);
        var e = new org.clusterworks.planning.implementation.Implementation.Event(
                7,
                1,
                null,
                title,
                org.clusterworks.planning.implementation.Implementation.EventKind.SEMINAR,
                java.time.OffsetDateTime.parse("2027-03-01T09:30:00+03:00"),
                null,
                "Arusha, TZ",
                null,
                "line one\nline two");
        String ics = org.clusterworks.planning.implementation.ICalendar.of(
                "Cal", List.of(e), "demo.example", java.time.OffsetDateTime.parse("2026-01-01T00:00:00Z"));
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded)
                .contains("DTSTART:20270301T063000Z\r\n")
                .contains("SUMMARY:"
                        + title.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,") + "\r\n")
                .contains("LOCATION:Arusha\\, TZ\r\n")
                .contains("DESCRIPTION:line one\\nline two\r\n")
                .contains("UID:event-7@demo.example");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    }
}
