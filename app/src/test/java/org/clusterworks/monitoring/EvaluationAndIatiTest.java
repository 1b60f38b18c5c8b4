package org.clusterworks.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.clusterworks.monitoring.logic.DifferenceInDifferences;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Evaluation questions edited on the framework page, the IATI results export and the comparison-group helper. */
@WebTest
class EvaluationAndIatiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    private long arusha() {
        return jdbc.sql("select id from initiative where name = 'Arusha Horticulture Cluster'")
                .query(Long.class)
                .single();
    }

    private long framework() {
        return jdbc.sql("select id from mon_framework where initiative_id = :i")
                .param("i", arusha())
                .query(Long.class)
                .single();
    }

    @Test
    void evaluationQuestionsAreAddedEditedAndDeleted() throws Exception {
        String base = "/w/demo/monitoring/frameworks/" + framework() + "/evaluations";
        mvc.perform(post(base).with(users.as("manager")).with(csrf()).param("criterion", "BEAUTY"))
                .andExpect(flash().attribute(
                                "formErrors",
                                Map.of("criterion", "input.unknown-choice", "question", "input.required")));
        mvc.perform(post(base)
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("criterion", "coherence")
                        .param("question", "Does the cluster programme fit the regional horticulture strategy?"))
                .andExpect(flash().attribute("success", "monitoring.evaluation.saved"));
        long id = jdbc.sql("select max(id) from mon_evaluation where framework_id = :f")
                .param("f", framework())
                .query(Long.class)
                .single();
        mvc.perform(post(base + "/" + id)
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("criterion", "SUSTAINABILITY")
                        .param("question", "Will the packhouse pay for itself after the grant?")
                        .param("finding", "Fees cover 60 % of running costs."))
                .andExpect(flash().attribute("success", "monitoring.evaluation.saved"));
        var row = jdbc.sql("select criterion, question, finding from mon_evaluation where id = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("criterion", "SUSTAINABILITY")
                .containsEntry("finding", "Fees cover 60 % of running costs.");
        mvc.perform(post(base + "/" + id).with(users.as("viewer")).with(csrf()).param("question", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/" + id + "/delete").with(users.as("manager")).with(csrf()))
                .andExpect(flash().attribute("success", "monitoring.evaluation.deleted"));
        assertThat(jdbc.sql("select count(*) from mon_evaluation where id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isZero();
        mvc.perform(post(base + "/" + id + "/delete").with(users.as("manager")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    private static List<Element> children(Element e, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && (name == null || c.getTagName().equals(name))) {
                out.add(c);
            }
        }
        return out;
    }

    @Test
    void theIatiExportIsAWellFormedActivityWithTheFrameworksResults() throws Exception {
        byte[] xml = mvc.perform(get("/w/demo/monitoring/frameworks/" + framework() + "/iati.xml")
                        .with(users.as("analyst"))
                        .param("orgRef", "TZ-BRLA-12345"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml))
                .getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("iati-activities");
        assertThat(root.getAttribute("version")).isEqualTo("2.03");
        List<Element> activities = children(root, "iati-activity");
        assertThat(activities).hasSize(1);
        Element activity = activities.get(0);
        assertThat(activity.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
                .isEqualTo("en");

        // The children follow the order of the 2.03 schema's sequence, with its required elements present.
        List<String> order = List.of(
                "iati-identifier",
                "reporting-org",
                "title",
                "description",
                "participating-org",
                "activity-status",
                "activity-date",
                "result");
        List<String> names =
                children(activity, null).stream().map(Element::getTagName).toList();
        assertThat(names).containsSubsequence("iati-identifier", "reporting-org", "title", "description");
        for (int k = 1; k < names.size(); k++) {
            assertThat(order.indexOf(names.get(k)))
                    .as(names.toString())
                    .isGreaterThanOrEqualTo(order.indexOf(names.get(k - 1)));
        }
        assertThat(children(activity, "iati-identifier").get(0).getTextContent())
                .isEqualTo("TZ-BRLA-12345-" + arusha());
        assertThat(children(activity, "reporting-org").get(0).getAttribute("ref"))
                .isEqualTo("TZ-BRLA-12345");
        assertThat(children(activity, "activity-date")).isNotEmpty();

        // One result per result of the chain, and every indicator of the framework with its baseline and targets.
        int chain = jdbc.sql("select count(*) from mon_result where framework_id = :f")
                .param("f", framework())
                .query(Integer.class)
                .single();
        int unlinked = jdbc.sql("select count(*) from mon_indicator where framework_id = :f and result_id is null")
                .param("f", framework())
                .query(Integer.class)
                .single();
        List<Element> results = children(activity, "result");
        assertThat(results).hasSize(chain + (unlinked > 0 ? 1 : 0));
        Set<String> types = new HashSet<>();
        List<Element> indicators = new ArrayList<>();
        for (Element r : results) {
            types.add(r.getAttribute("type"));
            assertThat(children(children(r, "title").get(0), "narrative")).isNotEmpty();
            indicators.addAll(children(r, "indicator"));
        }
        assertThat(types).isSubsetOf("1", "2", "3", "9").contains("1", "2", "3");
        var stored = jdbc.sql("select id, code, baseline_value from mon_indicator where framework_id = :f")
                .param("f", framework())
                .query()
                .listOfRows();
        assertThat(indicators).hasSize(stored.size());
        for (var s : stored) {
            String code = (String) s.get("code");
            Element ind = indicators.stream()
                    .filter(i -> children(children(i, "title").get(0), "narrative")
                            .get(0)
                            .getTextContent()
                            .startsWith(code + " "))
                    .findFirst()
                    .orElseThrow();
            List<Element> baseline = children(ind, "baseline");
            if (s.get("baseline_value") == null) {
                assertThat(baseline).isEmpty();
            } else {
                assertThat(Double.parseDouble(baseline.get(0).getAttribute("value")))
                        .isCloseTo(((Number) s.get("baseline_value")).doubleValue(), within(1e-9));
                assertThat(baseline.get(0).getAttribute("year")).matches("\\d{4}");
            }
            var targets = jdbc.sql("select target from mon_target where indicator_id = :i")
                    .param("i", s.get("id"))
                    .query(Double.class)
                    .list();
            List<Double> exported = new ArrayList<>();
            for (Element p : children(ind, "period")) {
                assertThat(children(p, "period-start").get(0).getAttribute("iso-date"))
                        .matches("\\d{4}-\\d{2}-\\d{2}");
                children(p, "target").forEach(t -> exported.add(Double.parseDouble(t.getAttribute("value"))));
            }
            assertThat(exported).as(code).containsExactlyInAnyOrderElementsOf(targets);
        }

        mvc.perform(get("/w/demo/monitoring/frameworks/" + framework() + "/iati.xml")
                        .with(users.as("analyst"))
                        .param("orgRef", "bad ref <x>"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theComparisonGroupHelperSplitsRespondentsByMembershipAndEstimatesTheDifference() throws Exception {
        var rounds = jdbc.sql("select id, name from surveys_round where initiative_id = :i and status <> 'DRAFT'"
                        + " order by id")
                .param("i", arusha())
                .query()
                .listOfRows();
        assertThat(rounds).hasSizeGreaterThanOrEqualTo(2);
        long before = ((Number) rounds.get(0).get("id")).longValue();
        long after = ((Number) rounds.get(1).get("id")).longValue();
        String page = mvc.perform(get("/w/demo/monitoring/frameworks/" + framework() + "/did")
                        .with(users.as("analyst"))
                        .param("before", "" + before)
                        .param("after", "" + after)
                        .param("question", "employees"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        // Recount from the tables: members of the initiative on the day the later round closed (or today).
        java.time.LocalDate closes = jdbc.sql("select closes_on from surveys_round where id = :r")
                .param("r", after)
                .query(java.time.LocalDate.class)
                .single();
        java.time.LocalDate day = closes.isBefore(java.time.LocalDate.now()) ? closes : java.time.LocalDate.now();
        List<List<Double>> groups = new ArrayList<>();
        for (long round : new long[] {before, after}) {
            List<Double> members = new ArrayList<>();
            List<Double> others = new ArrayList<>();
            for (var r : jdbc.sql(
                            "select p.organisation_id, a.answer_value, exists (select 1 from initiative_membership"
                                    + " m where m.initiative_id = :i and m.organisation_id = p.organisation_id and"
                                    + " m.start_date <= :d and (m.end_date is null or m.end_date >= :grace)) as member from"
                                    + " surveys_answer a join surveys_respondent p on p.id = a.respondent_id where p.round_id ="
                                    + " :r and p.submitted_at is not null and a.question_code = 'employees' and"
                                    + " p.organisation_id is not null")
                    .param("i", arusha())
                    .param("d", day)
                    .param("grace", day.minusDays(60))
                    .param("r", round)
                    .query()
                    .listOfRows()) {
                (Boolean.TRUE.equals(r.get("member")) ? members : others)
                        .add(Double.parseDouble((String) r.get("answer_value")));
            }
            groups.add(members);
            groups.add(others);
        }
        if (groups.stream().anyMatch(g -> g.size() < 2)) {
            assertThat(page).contains("each group (supported and comparison, before and after) needs at least two");
            return;
        }
        var expected = DifferenceInDifferences.of(groups.get(0), groups.get(2), groups.get(1), groups.get(3));
        String estimate = page.replaceAll("(?s).*data-did=\"estimate\">([^<]+)<.*", "$1");
        String se = page.replaceAll("(?s).*data-did=\"se\">([^<]+)<.*", "$1");
        assertThat(Double.parseDouble(estimate.replace(",", ""))).isCloseTo(expected.estimate(), within(0.0005));
        assertThat(Double.parseDouble(se.replace(",", "")))
                .isCloseTo(expected.regressionStandardError(), within(0.0005));
        assertThat(page).contains("parallel trends");
    }

    @Test
    void enteredComparisonDataGiveTheEstimateNumpyGives() throws Exception {
        // The data of src/test/resources/monitoring/did_reference.py, as a user would paste them.
        StringBuilder values = new StringBuilder("group,time,value\n");
        double[][] data = {
            {12, 15, 11, 14, 13, 16}, {18, 21, 17, 22, 19, 20, 23}, {10, 12, 9, 11, 13}, {12, 13, 11, 15, 12, 14}
        };
        String[][] labels = {
            {"supported", "before"}, {"supported", "after"}, {"comparison", "before"}, {"comparison", "after"}
        };
        for (int g = 0; g < 4; g++) {
            for (double v : data[g]) {
                values.append(labels[g][0])
                        .append(';')
                        .append(labels[g][1])
                        .append(';')
                        .append(v)
                        .append('\n');
            }
        }
        String page = mvc.perform(post("/w/demo/monitoring/frameworks/" + framework() + "/did")
                        .with(users.as("analyst"))
                        .with(csrf())
                        .param("measure", "employees")
                        .param("values", values.toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String estimate = page.replaceAll("(?s).*data-did=\"estimate\">([^<]+)<.*", "$1");
        String se = page.replaceAll("(?s).*data-did=\"se\">([^<]+)<.*", "$1");
        assertThat(Double.parseDouble(estimate)).isCloseTo(4.667, within(0.0005));
        assertThat(Double.parseDouble(se)).isCloseTo(1.498, within(0.0005));

        String bad = mvc.perform(post("/w/demo/monitoring/frameworks/" + framework() + "/did")
                        .with(users.as("analyst"))
                        .with(csrf())
                        .param("values", "group,time,value\nsupported,before,12\nsupportd,after,x\n"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(bad)
                .contains("values, line 3, column group", "values, line 3, column value")
                .doesNotContain("data-did=\"estimate\"");
    }
}
