package org.clusterworks.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.clusterworks.mapping.CellFigures;
import org.clusterworks.mapping.DatasetSummary;
import org.clusterworks.mapping.MappingCells;
import org.clusterworks.mapping.MappingDatasets;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The difference-in-differences helper on mapping data, checked against a computation by hand from the cells. */
@WebTest
class MappingComparisonTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MappingDatasets datasets;

    @Autowired
    MappingCells cells;

    private long workspace() {
        return jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
    }

    private String didPath() {
        long framework = jdbc.sql("select f.id from mon_framework f join initiative i on i.id = f.initiative_id"
                        + " where i.name = 'Arusha Horticulture Cluster'")
                .query(Long.class)
                .single();
        return "/w/demo/monitoring/frameworks/" + framework + "/did/mapping";
    }

    private static double mean(List<Double> v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.size();
    }

    private static double squares(List<Double> v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return s;
    }

    private MockHttpServletRequestBuilder request(
            DatasetSummary d, String industry, List<String> t, List<String> c, int y0, int y1) {
        var r = get(didPath())
                .with(users.as("analyst"))
                .param("dataset", "" + d.id())
                .param("industry", industry)
                .param("figure", "employment")
                .param("before", "" + y0)
                .param("after", "" + y1);
        t.forEach(x -> r.param("supported", x));
        c.forEach(x -> r.param("comparison", x));
        return r;
    }

    @Test
    void supportedRegionsAgainstChosenRegionsGiveTheEstimateComputedFromTheCells() throws Exception {
        long ws = workspace();
        DatasetSummary d = datasets.list(ws).stream()
                .filter(x -> x.years().size() >= 2)
                .findFirst()
                .orElseThrow();
        int y0 = d.years().stream().mapToInt(Integer::intValue).min().orElseThrow();
        int y1 = d.years().stream().mapToInt(Integer::intValue).max().orElseThrow();
        List<String> regions = cells.regions(ws, d.id(), y1);
        assertThat(regions).hasSizeGreaterThanOrEqualTo(4);
        // An industry present in the first four regions in both years.
        String industry = cells.industries(ws, d.id(), y1).stream()
                .filter(i -> regions.subList(0, 4).stream()
                        .allMatch(r -> datasets.cell(ws, d.id(), y0, r, i).isPresent()
                                && datasets.cell(ws, d.id(), y1, r, i).isPresent()))
                .findFirst()
                .orElseThrow();
        int half = Math.min(regions.size() / 2, 4);
        List<String> t = regions.subList(0, half);
        List<String> c = regions.subList(half, Math.min(regions.size(), 2 * half));

        String page = mvc.perform(request(d, industry, t, c, y0, y1))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        // By hand: each region's employment cell in each year, four groups, DD and the pooled OLS standard error.
        List<List<Double>> g = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int k = 0; k < 2; k++) {
            for (String r : k == 0 ? t : c) {
                var before = datasets.cell(ws, d.id(), y0, r, industry).map(CellFigures::employment);
                var after = datasets.cell(ws, d.id(), y1, r, industry).map(CellFigures::employment);
                if (before.isPresent() && after.isPresent()) {
                    g.get(2 * k).add(before.get());
                    g.get(2 * k + 1).add(after.get());
                }
            }
        }
        double dd = (mean(g.get(1)) - mean(g.get(0))) - (mean(g.get(3)) - mean(g.get(2)));
        int n = g.stream().mapToInt(List::size).sum();
        double ssr = g.stream().mapToDouble(MappingComparisonTest::squares).sum();
        double inv = g.stream().mapToDouble(x -> 1.0 / x.size()).sum();
        double se = Math.sqrt(ssr / (n - 4) * inv);

        String estimate = page.replaceAll("(?s).*data-did=\"estimate\">([^<]+)<.*", "$1");
        String shown = page.replaceAll("(?s).*data-did=\"se\">([^<]+)<.*", "$1");
        assertThat(Double.parseDouble(estimate.replace(",", ""))).isCloseTo(dd, within(0.0005));
        assertThat(Double.parseDouble(shown.replace(",", ""))).isCloseTo(se, within(0.0005));
        assertThat(page)
                .contains(
                        "Supported regions",
                        "parallel trends",
                        "(n = " + g.get(0).size() + ")");
    }

    @Test
    void aRegionInBothGroupsOrTheSameYearTwiceIsRefusedByField() throws Exception {
        long ws = workspace();
        DatasetSummary d = datasets.list(ws).get(0);
        int y = d.years().get(0);
        List<String> regions = cells.regions(ws, d.id(), y);
        String industry = cells.industries(ws, d.id(), y).get(0);
        String page = mvc.perform(request(d, industry, regions.subList(0, 2), regions.subList(1, 3), y, y))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("a region cannot be both supported and in the comparison group", "choose two different years")
                .doesNotContain("data-did=\"estimate\"");

        String unknown = mvc.perform(request(d, "NO-SUCH-INDUSTRY", List.of("XX"), List.of(), y, y))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(unknown)
                .contains("<strong>industry</strong>", "<strong>supported</strong>", "<strong>comparison</strong>");
    }
}
