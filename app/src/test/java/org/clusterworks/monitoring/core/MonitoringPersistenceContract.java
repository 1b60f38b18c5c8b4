package org.clusterworks.monitoring.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.clusterworks.monitoring.core.Domain.Status;
import org.clusterworks.monitoring.logic.Accumulation;
import org.clusterworks.monitoring.logic.Combine;
import org.clusterworks.monitoring.logic.Dimension;
import org.clusterworks.monitoring.logic.Direction;
import org.clusterworks.monitoring.logic.Granularity;
import org.clusterworks.monitoring.logic.Level;
import org.clusterworks.monitoring.logic.SourceKind;
import org.clusterworks.monitoring.logic.Unit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The monitoring repository on a database: written once, run on H2 and on PostgreSQL. */
abstract class MonitoringPersistenceContract {

    @Autowired
    MonitoringRepository repo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.clusterworks.planning.IndicatorCoverage coverage;

    private long workspace() {
        return jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
    }

    private long initiative(String name) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into initiative (workspace_id, name, stage, created_at, updated_at)"
                        + " values (:ws, :n, 'SELECTION', current_timestamp, current_timestamp)")
                .param("ws", workspace())
                .param("n", name)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private static IndicatorForm.Spec spec(String code, Long result) {
        return new IndicatorForm.Spec(
                code,
                result,
                "Name " + code,
                "Nom",
                "Jina",
                "Def",
                null,
                null,
                Unit.CURRENCY,
                "TZS",
                Direction.HIGHER_IS_BETTER,
                Accumulation.INCREMENTAL,
                Combine.SUM,
                Granularity.QUARTER,
                List.of(Dimension.GENDER, Dimension.HELIX),
                "Owner",
                SourceKind.MANUAL,
                null,
                12.5,
                LocalDate.of(2024, 12, 31),
                "Baseline survey",
                true,
                "library-key",
                null);
    }

    @Test
    void storesAFrameworkItsChainIndicatorsTargetsValuesAndHistory() {
        long ws = workspace();
        long init = initiative("Persistence contract " + System.nanoTime());
        long f = repo.insertFramework(ws, init, 7, 2024, 2027);
        var framework = repo.frameworkOf(ws, init).orElseThrow();
        assertThat(framework.id()).isEqualTo(f);
        assertThat(framework.scheme().fiscal()).isTrue();
        assertThat(repo.framework(ws + 1000, f)).isEmpty();

        long impact = repo.insertResult(f, Level.IMPACT, null, "I1", "Impact", "Assume", "Verify", "O1");
        long outcome = repo.insertResult(f, Level.OUTCOME, impact, "O1", "Outcome", null, null, null);
        assertThat(repo.results(f)).extracting(Domain.Result::code).containsExactly("I1", "O1");
        assertThat(repo.results(f).get(1).parentId()).isEqualTo(impact);

        long id = repo.insertIndicator(f, spec("EXPORTS", outcome));
        var i = repo.indicator(ws, id).orElseThrow();
        assertThat(i.disaggregations()).containsExactly(Dimension.GENDER, Dimension.HELIX);
        assertThat(i.baselineDate()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(i.baselineValue()).isEqualTo(12.5);
        assertThat(repo.diagnosticIndicators(ws, init))
                .extracting(Domain.Indicator::id)
                .containsExactly(id);
        repo.setBaseline(id, 14.0, LocalDate.of(2025, 3, 1), "Diagnostic");
        assertThat(repo.indicator(ws, id).orElseThrow().baselineValue()).isEqualTo(14.0);

        repo.setTarget(id, "FY2025", 100.0);
        repo.setTarget(id, "FY2025", 120.0);
        repo.setTarget(id, "FY2026", null);
        assertThat(repo.targets(id)).extracting(Domain.Target::target).containsExactly(120.0);

        repo.putValue(id, "FY2025-Q1", "", 30, Status.SUBMITTED, "Ledger", null, null, "manager");
        repo.putValue(id, "FY2025-Q1", "GENDER=WOMAN", 10, Status.SUBMITTED, "Ledger", null, null, "manager");
        repo.putValue(id, "FY2025-Q1", "", 31, Status.SUBMITTED, "Ledger v2", null, null, "manager");
        assertThat(repo.submitted(f)).hasSize(2);
        var v = repo.value(id, "FY2025-Q1", "").orElseThrow();
        assertThat(v.amount()).isEqualTo(31.0);
        repo.review(v, Status.APPROVED, null, 1L, "officer");
        assertThat(repo.value(id, "FY2025-Q1", "").orElseThrow().status()).isEqualTo(Status.APPROVED);
        assertThat(repo.submitted(f)).hasSize(1);
        assertThat(repo.changes(id)).extracting(Domain.Change::newAmount).containsExactly(31.0, 31.0, 10.0, 30.0);

        // The plan learns which of its objectives and action lines a measured result serves.
        long output = repo.insertResult(f, Level.OUTPUT, outcome, "P1", "Output", null, null, "A1.1", null, 901L);
        repo.insertResult(f, Level.OUTPUT, outcome, "P2", "Unmeasured", null, null, "A1.2", null, 902L);
        repo.insertResult(f, Level.OUTCOME, impact, "O2", "Outcome 2", null, null, "O1", 801L, null);
        repo.insertIndicator(f, spec("TRAINED", output));
        assertThat(coverage.measuredActionLines(ws, init)).containsExactly(901L);
        assertThat(coverage.measuredObjectives(ws, init)).isEmpty();
        assertThat(coverage.measuredActionLines(ws + 1000, init)).isEmpty();
        repo.insertEvaluation(f, Domain.Criterion.RELEVANCE, "Question?", null);
        assertThat(repo.evaluations(f)).hasSize(1);
        assertThat(repo.deleteResult(f, outcome)).isEqualTo(1);
        assertThat(repo.indicator(ws, id).orElseThrow().resultId()).isNull();
    }

    @Test
    void remembersWhenValuesWereComputedWhenSourcesChangedAndTheLinkedDiagnosticFigure() {
        long ws = workspace();
        long init = initiative("Computed-at contract " + System.nanoTime());
        long f = repo.insertFramework(ws, init, 1, 2025, 2027);
        assertThat(repo.framework(ws, f).orElseThrow().computedAt()).isNull();
        repo.markComputed(f);
        var computed = repo.framework(ws, f).orElseThrow();
        assertThat(computed.computedAt()).isNotNull();
        assertThat(computed.stale()).isFalse();
        repo.markStale(ws, "initiative-membership 42");
        var stale = repo.framework(ws, f).orElseThrow();
        assertThat(stale.stale()).isTrue();
        assertThat(stale.staleReason()).isEqualTo("initiative-membership 42");
        repo.markStale(ws, "planning-joint-action 7");
        assertThat(repo.framework(ws, f).orElseThrow().staleReason())
                .as("the first change since the computation is kept")
                .isEqualTo("initiative-membership 42");
        repo.markComputed(f);
        assertThat(repo.framework(ws, f).orElseThrow().stale()).isFalse();

        var base = spec("DENSITY", null);
        var linked = new IndicatorForm.Spec(
                base.code(),
                null,
                base.nameEn(),
                null,
                null,
                null,
                null,
                null,
                Unit.RATE,
                null,
                Direction.HIGHER_IS_BETTER,
                Accumulation.CUMULATIVE,
                Combine.LAST,
                Granularity.YEAR,
                List.of(),
                null,
                SourceKind.MANUAL,
                null,
                null,
                null,
                null,
                false,
                null,
                "network.density");
        long id = repo.insertIndicator(f, linked);
        assertThat(repo.indicator(ws, id).orElseThrow().diagnosticFigure()).isEqualTo("network.density");
        assertThat(repo.diagnosticIndicators(ws, init))
                .extracting(Domain.Indicator::id)
                .containsExactly(id);
    }
}
