package org.clusterworks.surveys.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The analysis broken down by sector: NACE sections of the respondents' first industry code, with the floor. */
@WebTest
class SectorBreakdownTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    /** NACE Rev. 2 sections by division (Eurostat, NACE Rev. 2 structure), for the divisions the demo uses and more. */
    static String section(String code) {
        int d = Integer.parseInt(code.strip().substring(0, 2));
        if (d <= 3) return "A";
        if (d <= 9) return "B";
        if (d <= 33) return "C";
        if (d == 35) return "D";
        if (d <= 39) return "E";
        if (d <= 43) return "F";
        if (d <= 47) return "G";
        if (d <= 53) return "H";
        if (d <= 56) return "I";
        if (d <= 63) return "J";
        if (d <= 66) return "K";
        if (d == 68) return "L";
        if (d <= 75) return "M";
        if (d <= 82) return "N";
        if (d == 84) return "O";
        if (d == 85) return "P";
        if (d <= 88) return "Q";
        if (d <= 93) return "R";
        if (d <= 96) return "S";
        return d <= 98 ? "T" : "U";
    }

    @Test
    void theBaselineIsBrokenDownBySectionOfTheFirstIndustryCodeAndSmallSectorsAreHidden() throws Exception {
        long round = jdbc.sql("select id from surveys_round where name = 'Baseline firm survey'")
                .query(Long.class)
                .single();
        int floor = jdbc.sql("select min_cell from surveys_round where id = :r")
                .param("r", round)
                .query(Integer.class)
                .single();
        // respondents who answered "exports", by the section of their organisation's first code
        Map<String, Integer> expected = new TreeMap<>();
        jdbc.sql("select o.industry_codes from surveys_respondent r join surveys_answer a on a.respondent_id = r.id"
                        + " and a.question_code = 'exports' left join organisation o on o.id = r.organisation_id"
                        + " where r.round_id = :r and r.status = 'SUBMITTED'")
                .param("r", round)
                .query(String.class)
                .list()
                .forEach(codes -> expected.merge(
                        codes == null || codes.isBlank() ? "unknown" : section(codes.split(",")[0]), 1, Integer::sum));
        assertThat(expected.values()).anyMatch(n -> n >= floor).anyMatch(n -> n < floor);

        String html = mvc.perform(get("/w/demo/surveys/rounds/" + round + "/analysis?by=sector")
                        .with(users.as("viewer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String article = html.substring(html.indexOf("data-question=\"exports\""));
        article = article.substring(article.indexOf("class=\"crosstab\""));
        article = article.substring(0, article.indexOf("</table>"));
        Map<String, String> shown = new LinkedHashMap<>();
        var row = Pattern.compile("<th scope=\"row\">([^<]*)</th>\\s*<td>([^<]*)</td>")
                .matcher(article);
        while (row.find()) {
            shown.put(row.group(1), row.group(2));
        }
        Map<String, String> bySection = new TreeMap<>();
        shown.forEach((name, n) ->
                bySection.put(name.contains(" · ") ? name.substring(0, name.indexOf(" · ")) : "unknown", n));
        assertThat(bySection).containsOnlyKeys(expected.keySet());
        expected.forEach((section, n) -> assertThat(bySection.get(section))
                .as(section)
                .isEqualTo(n >= floor ? Integer.toString(n) : "fewer than " + floor));
        assertThat(shown.keySet()).contains("A · Agriculture, forestry and fishing");
    }
}
