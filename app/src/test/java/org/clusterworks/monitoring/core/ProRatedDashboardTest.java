package org.clusterworks.monitoring.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.clusterworks.monitoring.core.Domain.Status;
import org.clusterworks.monitoring.logic.Accumulation;
import org.clusterworks.monitoring.logic.Combine;
import org.clusterworks.monitoring.logic.Direction;
import org.clusterworks.monitoring.logic.Granularity;
import org.clusterworks.monitoring.logic.SourceKind;
import org.clusterworks.monitoring.logic.TrafficLight;
import org.clusterworks.monitoring.logic.Unit;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard on a fixed day: the running year of a flow is compared with the elapsed share of its target, a
 * stock with the whole target, and a finished year with the whole target.
 */
@WebTest
class ProRatedDashboardTest {

    @Autowired
    MonitoringRepository repo;

    @Autowired
    Dashboards dashboards;

    @Autowired
    JdbcClient jdbc;

    private static IndicatorForm.Spec spec(String code, Accumulation accumulation, Combine combine) {
        return new IndicatorForm.Spec(
                code,
                null,
                code,
                null,
                null,
                null,
                null,
                null,
                Unit.NUMBER,
                null,
                Direction.HIGHER_IS_BETTER,
                accumulation,
                combine,
                Granularity.QUARTER,
                List.of(),
                null,
                SourceKind.MANUAL,
                null,
                null,
                null,
                null,
                false,
                null,
                null);
    }

    @Test
    void aFlowIsProRatedInTheRunningYearOnly() {
        long ws = jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
        long initiative =
                jdbc.sql("select max(id) from initiative").query(Long.class).single() + 5000 + System.nanoTime() % 1000;
        long f = repo.insertFramework(ws, initiative, 1, 2023, 2024);
        Domain.Framework framework = repo.framework(ws, f).orElseThrow();
        long flow = repo.insertIndicator(f, spec("JOINT_ACTIONS", Accumulation.INCREMENTAL, Combine.SUM));
        long stock = repo.insertIndicator(f, spec("MEMBERS", Accumulation.CUMULATIVE, Combine.LAST));
        for (long id : new long[] {flow, stock}) {
            repo.setTarget(id, "2024", 40.0);
            repo.putValue(id, "2024-Q1", "", 10, Status.APPROVED, null, null, null, "test");
        }

        // 1 April 2024, a leap year: 31 + 29 + 31 + 1 = 92 of 366 days.
        LocalDate day = LocalDate.of(2024, 4, 1);
        double share = (double) day.getDayOfYear() / day.lengthOfYear();
        assertThat(share).isCloseTo(92.0 / 366, within(1e-12));
        var flowCell = dashboards
                .row(framework, repo.indicator(ws, flow).orElseThrow(), day)
                .latest();
        assertThat(flowCell.period()).isEqualTo("2024");
        assertThat(flowCell.actual()).isEqualTo(10.0);
        assertThat(flowCell.prorated()).isTrue();
        assertThat(flowCell.elapsedShare()).isCloseTo(share, within(1e-12));
        assertThat(flowCell.expected()).isCloseTo(40 * share, within(1e-9));
        assertThat(flowCell.achievement()).isCloseTo(10 / (40 * share), within(1e-9));
        assertThat(flowCell.light()).isEqualTo(TrafficLight.GREEN);

        var stockCell = dashboards
                .row(framework, repo.indicator(ws, stock).orElseThrow(), day)
                .latest();
        assertThat(stockCell.prorated()).isFalse();
        assertThat(stockCell.achievement()).isCloseTo(0.25, within(1e-12));
        assertThat(stockCell.light()).isEqualTo(TrafficLight.RED);

        // A flow without a target is pro-rated but expects nothing.
        long untargeted = repo.insertIndicator(f, spec("EXPORT_CONTRACTS", Accumulation.INCREMENTAL, Combine.SUM));
        repo.putValue(untargeted, "2024-Q1", "", 7, Status.APPROVED, null, null, null, "test");
        var bare = dashboards
                .row(framework, repo.indicator(ws, untargeted).orElseThrow(), day)
                .latest();
        assertThat(bare.prorated()).isTrue();
        assertThat(bare.expected()).isNull();
        assertThat(bare.light()).isEqualTo(TrafficLight.NONE);

        // Once the year is over the flow faces its whole target.
        var after = dashboards
                .row(framework, repo.indicator(ws, flow).orElseThrow(), LocalDate.of(2025, 2, 1))
                .latest();
        assertThat(after.prorated()).isFalse();
        assertThat(after.achievement()).isCloseTo(0.25, within(1e-12));
    }
}
