package org.clusterworks.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clusterworks.planning.core.SwotLookup.Swot;
import org.clusterworks.planning.plan.Domain.ActionLine;
import org.clusterworks.planning.plan.Domain.ActionStatus;
import org.clusterworks.planning.plan.Domain.Objective;
import org.clusterworks.planning.plan.Domain.ObjectiveStatus;
import org.clusterworks.planning.plan.GoldenThread;
import org.clusterworks.planning.plan.GoldenThread.Finding;
import org.clusterworks.planning.plan.GoldenThread.Kind;
import org.junit.jupiter.api.Test;

/** The golden-thread rules, each on a plan built to break exactly it. */
class GoldenThreadTest {

    static final Swot COLD = new Swot(1, "WEAKNESS", "No cold storage", true);
    static final Swot FINANCE = new Swot(2, "WEAKNESS", "No credit for inputs", true);
    static final Swot MINOR = new Swot(3, "WEAKNESS", "Few websites", false);
    static final Swot SOIL = new Swot(4, "STRENGTH", "Volcanic soils", true);

    static Objective objective(long id) {
        return new Objective(id, 9, "O" + id, "Objective " + id, null, ObjectiveStatus.AGREED, OffsetDateTime.now());
    }

    static ActionLine line(long id, Long objectiveId, ActionStatus status) {
        return new ActionLine(
                id,
                9,
                objectiveId,
                "A" + id,
                "Line " + id,
                null,
                null,
                null,
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31),
                null,
                null,
                null,
                status,
                OffsetDateTime.now(),
                OffsetDateTime.now());
    }

    static List<Kind> kinds(List<Finding> findings) {
        return findings.stream().map(Finding::kind).toList();
    }

    @Test
    void aCompleteThreadHasNoFindings() {
        var findings = GoldenThread.check(
                List.of(objective(10), objective(11)),
                List.of(line(100, 10L, ActionStatus.ONGOING), line(101, 11L, ActionStatus.PLANNED)),
                Map.of(10L, List.of(1L), 11L, List.of(4L)),
                Map.of(101L, List.of(2L)),
                List.of(COLD, FINANCE, MINOR, SOIL),
                null);
        assertThat(findings).isEmpty();
    }

    @Test
    void anObjectiveWithoutLinesOrSwotIsReportedTwice() {
        var findings = GoldenThread.check(List.of(objective(10)), List.of(), Map.of(), Map.of(), List.of(SOIL), null);
        assertThat(kinds(findings)).containsExactly(Kind.OBJECTIVE_WITHOUT_ACTION, Kind.OBJECTIVE_WITHOUT_SWOT);
        assertThat(findings.get(0).subjectId()).isEqualTo(10);
    }

    @Test
    void aLineWithNeitherObjectiveNorSwotIsUnanchoredButOneWithASwotItemIsNot() {
        var findings = GoldenThread.check(
                List.of(),
                List.of(line(100, null, ActionStatus.ONGOING), line(101, null, ActionStatus.ONGOING)),
                Map.of(),
                Map.of(101L, List.of(4L)),
                List.of(SOIL),
                null);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.ACTION_WITHOUT_ANCHOR);
            assertThat(f.subjectId()).isEqualTo(100);
        });
    }

    @Test
    void aHighPriorityWeaknessIsAddressedOnlyByALiveLineDirectlyOrThroughItsObjective() {
        // The cold-storage weakness is answered by an objective with no line, and by a cancelled line: unaddressed.
        var findings = GoldenThread.check(
                List.of(objective(10), objective(11)),
                List.of(line(100, 11L, ActionStatus.ONGOING), line(101, 11L, ActionStatus.CANCELLED)),
                Map.of(10L, List.of(1L), 11L, List.of(2L)),
                Map.of(101L, List.of(1L)),
                List.of(COLD, FINANCE, MINOR),
                null);
        assertThat(findings)
                .filteredOn(f -> f.kind() == Kind.WEAKNESS_UNADDRESSED)
                .extracting(Finding::subjectId)
                .containsExactly(1L);
        // The minor weakness (not high priority) is never reported; finance is addressed through objective 11.
        assertThat(kinds(findings)).containsExactly(Kind.OBJECTIVE_WITHOUT_ACTION, Kind.WEAKNESS_UNADDRESSED);
    }

    @Test
    void aSwotItemIdTheDiagnosticNoLongerHasAnchorsNothing() {
        var findings = GoldenThread.check(
                List.of(objective(10)),
                List.of(line(100, null, ActionStatus.ONGOING), line(101, 10L, ActionStatus.ONGOING)),
                Map.of(10L, List.of(77L)),
                Map.of(100L, List.of(77L)),
                List.of(SOIL),
                null);
        assertThat(kinds(findings)).containsExactly(Kind.OBJECTIVE_WITHOUT_SWOT, Kind.ACTION_WITHOUT_ANCHOR);
    }

    @Test
    void withMonitoringUnmeasuredLinesAndObjectivesAreListedAndCancelledLinesAreNot() {
        var findings = GoldenThread.check(
                List.of(objective(10), objective(11)),
                List.of(
                        line(100, 10L, ActionStatus.ONGOING),
                        line(101, 11L, ActionStatus.DONE),
                        line(102, 11L, ActionStatus.CANCELLED)),
                Map.of(10L, List.of(4L), 11L, List.of(4L)),
                Map.of(),
                List.of(SOIL),
                new GoldenThread.Coverage(Set.of(100L), Set.of(11L)));
        assertThat(findings)
                .extracting(Finding::kind, Finding::subjectId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.ACTION_WITHOUT_INDICATOR, 101L),
                        org.assertj.core.groups.Tuple.tuple(Kind.OBJECTIVE_WITHOUT_INDICATOR, 10L));
    }

    @Test
    void indicatorsLackingAnOwnerASourceOrAFrequencyAreListedOncePerMissingField() {
        var noOwner = new IndicatorQuality.IncompleteIndicator(7, "IND-7", "Cold-room use", true, false, false);
        var nothing = new IndicatorQuality.IncompleteIndicator(8, "IND-8", "Exports", true, true, true);
        var findings = GoldenThread.check(
                List.of(objective(10)),
                List.of(line(100, 10L, ActionStatus.ONGOING)),
                Map.of(10L, List.of(1L)),
                Map.of(),
                List.of(COLD),
                null,
                List.of(noOwner, nothing));
        assertThat(findings)
                .extracting(f -> f.kind() + " " + f.subjectType() + " " + f.subjectId())
                .containsExactly(
                        "INDICATOR_WITHOUT_OWNER indicator 7",
                        "INDICATOR_WITHOUT_OWNER indicator 8",
                        "INDICATOR_WITHOUT_SOURCE indicator 8",
                        "INDICATOR_WITHOUT_FREQUENCY indicator 8");
        assertThat(findings.get(0).subject()).isEqualTo("IND-7 Cold-room use");
    }
}
