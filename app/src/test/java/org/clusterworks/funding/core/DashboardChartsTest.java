package org.clusterworks.funding.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Chart labels drop the beginning every call title shares up to a comma, and nothing else. */
class DashboardChartsTest {

    @Test
    void theSharedFundNameIsLeftOut() {
        assertThat(DashboardCharts.shortTitles(List.of(
                        "Arusha Horticulture Innovation Fund, Call 2026-1: post-harvest",
                        "Arusha Horticulture Innovation Fund, Call 2026-2: digital, markets")))
                .containsExactly("Call 2026-1: post-harvest", "Call 2026-2: digital, markets");
    }

    @Test
    void titlesWithoutASharedPrefixOrASingleCallStayWhole() {
        assertThat(DashboardCharts.shortTitles(List.of("Fund A, call 1", "Fund B, call 2")))
                .containsExactly("Fund A, call 1", "Fund B, call 2");
        assertThat(DashboardCharts.shortTitles(List.of("Fund A, call 1"))).containsExactly("Fund A, call 1");
        assertThat(DashboardCharts.shortTitles(List.of("Fund A, call 1", "Fund A, ")))
                .containsExactly("Fund A, call 1", "Fund A, ");
    }
}
