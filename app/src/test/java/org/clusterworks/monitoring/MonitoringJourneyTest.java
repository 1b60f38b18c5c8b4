package org.clusterworks.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterworks.support.ApiTokensForTests;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The monitoring journeys on the demo data: the Arusha framework and its computed platform counts checked against
 * an independent count of the membership tables; defining an indicator (and the aggregation rule that refuses a
 * summed percentage); entering, approving and returning values (only a second person who manages may approve);
 * the import that writes all rows or none; reports; and the API.
 */
@WebTest
@Import(ApiTokensForTests.class)
class MonitoringJourneyTest {

    @Autowired
    ApiTokensForTests api;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    long arusha() {
        return jdbc.sql("select id from initiative where name = 'Arusha Horticulture Cluster'")
                .query(Long.class)
                .single();
    }

    long framework() {
        return jdbc.sql("select id from mon_framework where initiative_id = :i")
                .param("i", arusha())
                .query(Long.class)
                .single();
    }

    long indicator(String code) {
        return jdbc.sql("select id from mon_indicator where framework_id = :f and code = :c")
                .param("f", framework())
                .param("c", code)
                .query(Long.class)
                .single();
    }

    Double value(String code, String period, String disaggregation) {
        return jdbc.sql("select amount from mon_value where indicator_id = :i and period = :p and disaggregation = :d")
                .param("i", indicator(code))
                .param("p", period)
                .param("d", disaggregation)
                .query(Double.class)
                .optional()
                .orElse(null);
    }

    String statusOf(String code, String period, String disaggregation) {
        return jdbc.sql("select status from mon_value where indicator_id = :i and period = :p and disaggregation = :d")
                .param("i", indicator(code))
                .param("p", period)
                .param("d", disaggregation)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** Members of the Arusha initiative active on the day, read straight from the tables (60 days' grace). */
    List<Map<String, Object>> membersOn(LocalDate day) {
        return jdbc
                .sql("select o.helix, o.employees_band, o.turnover_band, o.owner_gender, m.start_date, m.end_date"
                        + " from initiative_membership m join organisation o on o.id = m.organisation_id"
                        + " where m.initiative_id = :i")
                .param("i", arusha())
                .query()
                .listOfRows()
                .stream()
                .filter(r -> {
                    LocalDate start = ((java.sql.Date) r.get("start_date")).toLocalDate();
                    var endRaw = (java.sql.Date) r.get("end_date");
                    return !start.isAfter(day)
                            && (endRaw == null
                                    || !day.isAfter(endRaw.toLocalDate().plusDays(60)));
                })
                .toList();
    }

    @Test
    void theDemoFrameworkCountsMembersLikeTheMembershipTables() throws Exception {
        mvc.perform(post("/w/demo/monitoring/frameworks/" + framework() + "/compute")
                        .with(users.as("manager"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        int y = LocalDate.now().getYear();
        for (int year : new int[] {y - 1, y}) {
            LocalDate day = year == y ? LocalDate.now() : LocalDate.of(year, 12, 31);
            var members = membersOn(day);
            var business = members.stream()
                    .filter(r -> "BUSINESS".equals(r.get("helix")))
                    .toList();
            long smes = business.stream()
                    .filter(r -> r.get("employees_band") != null
                            && !"FROM_250".equals(r.get("employees_band"))
                            && !"OVER_50M".equals(r.get("turnover_band")))
                    .count();
            long womenLed = business.stream()
                    .filter(r -> "WOMAN".equals(r.get("owner_gender")))
                    .count();
            String p = Integer.toString(year);
            assertThat(value("MEMBERS", p, "")).as("members " + p).isEqualTo((double) members.size());
            assertThat(value("BUSINESS_MEMBERS", p, "")).isEqualTo((double) business.size());
            assertThat(value("MEMBERS", p, "HELIX=BUSINESS")).isEqualTo((double) business.size());
            long research = members.stream()
                    .filter(r -> "RESEARCH_EDUCATION".equals(r.get("helix")))
                    .count();
            assertThat(value("MEMBERS", p, "HELIX=RESEARCH_EDUCATION")).isEqualTo((double) research);
            assertThat(value("SME_SHARE", p, "")).isEqualTo(Math.round(1000.0 * smes / business.size()) / 10.0);
            assertThat(value("WOMEN_LED", p, "")).isEqualTo(Math.round(1000.0 * womenLed / business.size()) / 10.0);
        }
        assertThat(members0()).isGreaterThan(10);
        // The formula: exports per member firm, from the approved exports of last year.
        String last = Integer.toString(y - 1);
        assertThat(value("EXPORTS_PER_FIRM", last, ""))
                .isEqualTo(
                        Math.round(1000.0 * value("EXPORTS", last, "") / value("BUSINESS_MEMBERS", last, "")) / 1000.0);
        assertThat(jdbc.sql("select count(*) from mon_indicator where framework_id = :f")
                        .param("f", framework())
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(12);
    }

    private int members0() {
        return membersOn(LocalDate.now()).size();
    }

    @Test
    void theFrameworkPageShowsTheChainIndicatorsAndTheRuleOfTheLights() throws Exception {
        String html = mvc.perform(
                        get("/w/demo/monitoring/initiatives/" + arusha()).with(users.as("analyst")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Arusha Horticulture Cluster", "Member organisations", "SME_SHARE", "Impact")
                .contains("On track from 90%")
                .doesNotContain("Define an indicator");
        String fr = mvc.perform(get("/w/demo/monitoring/initiatives/" + arusha())
                        .with(users.as("manager"))
                        .param("lang", "fr"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fr).contains("Organisations membres", "Chaîne de résultats");
    }

    @Test
    void aSummedPercentageIsRefusedNamingTheField() throws Exception {
        String html = mvc.perform(post("/w/demo/monitoring/frameworks/" + framework() + "/indicators")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("code", "BAD_SHARE")
                        .param("nameEn", "Share summed")
                        .param("unit", "PERCENTAGE")
                        .param("direction", "HIGHER_IS_BETTER")
                        .param("accumulation", "INCREMENTAL")
                        .param("combine", "SUM")
                        .param("frequency", "QUARTER")
                        .param("sourceKind", "MANUAL"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("A year&#39;s value from shorter periods", "cannot be summed across periods");
        assertThat(jdbc.sql("select count(*) from mon_indicator where code = 'BAD_SHARE'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aManagerDefinesAnIndicatorEntersAValueAndAnOfficerApprovesIt() throws Exception {
        mvc.perform(post("/w/demo/monitoring/frameworks/" + framework() + "/indicators")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("code", "buyers_met")
                        .param("nameEn", "Foreign buyers met")
                        .param("nameFr", "Acheteurs étrangers rencontrés")
                        .param("unit", "NUMBER")
                        .param("direction", "HIGHER_IS_BETTER")
                        .param("accumulation", "INCREMENTAL")
                        .param("combine", "SUM")
                        .param("frequency", "QUARTER")
                        .param("disaggregations", "GENDER")
                        .param("sourceKind", "MANUAL"))
                .andExpect(status().is3xxRedirection());
        long id = indicator("BUYERS_MET");
        String year = Integer.toString(LocalDate.now().getYear() - 1);
        for (int q = 1; q <= 4; q++) {
            mvc.perform(post("/w/demo/monitoring/indicators/" + id + "/values")
                            .with(users.as("manager"))
                            .with(csrf())
                            .param("period", year + "-Q" + q)
                            .param("value", Integer.toString(q * 10))
                            .param("evidence", "B2B meeting notes"))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(statusOf("BUYERS_MET", year + "-Q1", "")).isEqualTo("SUBMITTED");
        // A yearly period does not fit a quarterly indicator: the field is named, nothing is written.
        mvc.perform(post("/w/demo/monitoring/indicators/" + id + "/values")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("period", year)
                        .param("value", "5"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("formErrors", Map.of("period", "monitoring.value.period-frequency")));

        long q1 = valueId(id, year + "-Q1");
        // The person who entered it may not approve it; a member may not approve at all.
        mvc.perform(post("/w/demo/monitoring/indicators/" + id + "/values/" + q1 + "/review")
                        .with(users.as("manager"))
                        .with(csrf())
                        .param("approve", "true"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("formErrors", Map.of("status", "monitoring.review.own-value")));
        mvc.perform(post("/w/demo/monitoring/indicators/" + id + "/values/" + q1 + "/review")
                        .with(users.as("member"))
                        .with(csrf())
                        .param("approve", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/w/demo/monitoring/indicators/" + id + "/values")
                        .with(users.as("viewer"))
                        .with(csrf())
                        .param("period", year + "-Q1")
                        .param("value", "99"))
                .andExpect(status().isForbidden());
        assertThat(statusOf("BUYERS_MET", year + "-Q1", "")).isEqualTo("SUBMITTED");

        for (int q = 1; q <= 3; q++) {
            mvc.perform(post("/w/demo/monitoring/indicators/" + id + "/values/" + valueId(id, year + "-Q" + q)
                                    + "/review")
                            .with(users.as("officer"))
                            .with(csrf())
                            .param("approve", "true"))
                    .andExpect(status().is3xxRedirection());
        }
        // Returning needs a comment.
        long q4 = valueId(id, year + "-Q4");
        mvc.perform(post("/w/demo/monitoring/indicators/" + id + "/values/" + q4 + "/review")
                        .with(users.as("officer"))
                        .with(csrf())
                        .param("approve", "false"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("formErrors", Map.of("comment", "monitoring.review.comment-needed")));
        mvc.perform(post("/w/demo/monitoring/indicators/" + id + "/values/" + q4 + "/review")
                        .with(users.as("officer"))
                        .with(csrf())
                        .param("approve", "false")
                        .param("comment", "Attach the meeting list"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf("BUYERS_MET", year + "-Q4", "")).isEqualTo("RETURNED");

        // The year on the dashboard is the sum of the approved quarters only: 10 + 20 + 30.
        String json = mvc.perform(get("/w/demo/monitoring/frameworks/" + framework() + "/dashboard.json")
                        .with(users.as("analyst")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json).contains("\"code\":\"BUYERS_MET\"");
        String dashboard = mvc.perform(get("/w/demo/monitoring/frameworks/" + framework() + "/dashboard")
                        .with(users.as("analyst")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(dashboard).contains("data-code=\"BUYERS_MET\"", "Helix role: Business");
        String api = mvc.perform(get("/api/v1/workspaces/demo/initiatives/" + arusha() + "/indicators")
                        .header("Authorization", "Bearer " + DemoUsers.ANALYST_TOKEN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(api).contains("\"code\":\"BUYERS_MET\"").contains("\"actualByYear\":{\"" + year + "\":60.0}");
        // The history records every change with who made it.
        assertThat(jdbc.sql("select count(*) from mon_value_change where indicator_id = :i")
                        .param("i", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(4 + 3 + 1);
    }

    long valueId(long indicator, String period) {
        return jdbc.sql("select id from mon_value where indicator_id = :i and period = :p and disaggregation = ''")
                .param("i", indicator)
                .param("p", period)
                .query(Long.class)
                .single();
    }

    @Test
    void anImportWithOneBadRowWritesNothingAndNamesTheRowAndColumn() throws Exception {
        String y = Integer.toString(LocalDate.now().getYear() - 1);
        String csv = "indicator,period,disaggregation,value,evidence\n"
                + "RESEARCH_PROJECTS," + y + ",,4,Project list\n"
                + "PEOPLE_TRAINED," + y + ",GENDER=WOMAN,19,Attendance\n"
                + "PEOPLE_TRAINED," + y + ",HELIX=BUSINESS,3,Attendance\n"
                + "MEMBERS," + y + ",,30,Register\n"
                + "NO_SUCH," + y + ",,1,\n";
        var result = mvc.perform(multipart("/w/demo/monitoring/frameworks/" + framework() + "/import")
                        .file(new MockMultipartFile(
                                "file", "values.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(users.as("manager"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        @SuppressWarnings("unchecked")
        Map<String, String> errors = (Map<String, String>) result.getFlashMap().get("formErrors");
        assertThat(errors)
                .containsEntry("row 2, column indicator", "monitoring.import.unknown-indicator")
                .containsEntry("row 4, column disaggregation", "monitoring.value.disaggregation-unknown")
                .containsEntry("row 5, column value", "monitoring.value.computed")
                .containsEntry("row 6, column indicator", "monitoring.import.unknown-indicator");
        assertThat(value("PEOPLE_TRAINED", y, "GENDER=WOMAN")).isNull();

        String good = "indicator;period;disaggregation;value;evidence\n"
                + "PEOPLE_TRAINED;" + y + ";GENDER=WOMAN;19;Attendance\n"
                + "PEOPLE_TRAINED;" + y + ";GENDER=MAN;19;Attendance\n";
        mvc.perform(multipart("/w/demo/monitoring/frameworks/" + framework() + "/import")
                        .file(new MockMultipartFile(
                                "file", "values.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
                        .with(users.as("manager"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(value("PEOPLE_TRAINED", y, "GENDER=WOMAN")).isEqualTo(19.0);
        assertThat(statusOf("PEOPLE_TRAINED", y, "GENDER=MAN")).isEqualTo("SUBMITTED");
    }

    @Test
    void theApiRefusesABadValueNamingTheFieldAndAcceptsAGoodOne() throws Exception {
        long id = indicator("NEW_PRODUCTS");
        String token = DemoUsers.ANALYST_TOKEN;
        // The analyst may read but not write.
        mvc.perform(get("/api/v1/workspaces/demo/indicators/" + id + "/values?period="
                                + (LocalDate.now().getYear() - 1))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[0].value")
                        .value(5.0));
        String problem = mvc.perform(post("/api/v1/workspaces/demo/indicators/" + id + "/values")
                        .with(api.bearer("manager"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\":\"2025-Q9\",\"value\":\"many\"}"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(problem).contains("\"field\":\"period\"", "\"field\":\"value\"", "must be a number");
        String y = Integer.toString(LocalDate.now().getYear());
        mvc.perform(post("/api/v1/workspaces/demo/indicators/" + id + "/values")
                        .with(api.bearer("manager"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\":\"" + y + "\",\"value\":4,\"evidence\":\"Survey\"}"))
                .andExpect(status().isCreated())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status")
                        .value("SUBMITTED"));
        assertThat(value("NEW_PRODUCTS", y, "")).isEqualTo(4.0);
    }

    @Test
    void theProgressReportAndTheLogframeDownload() throws Exception {
        byte[] pdf = mvc.perform(get("/w/demo/monitoring/frameworks/" + framework() + "/report.pdf")
                        .with(users.as("analyst"))
                        .param("lang", "sw"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Ripoti ya maendeleo", "Mashirika wanachama");
        }
        byte[] xlsx = mvc.perform(get("/w/demo/monitoring/frameworks/" + framework() + "/logframe.xlsx")
                        .with(users.as("analyst")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
                    .isNotBlank();
            assertThat(wb.getSheetAt(1).getPhysicalNumberOfRows()).isGreaterThan(12);
        }
    }

    @Test
    void theProgrammeRollsUpTheInitiatives() throws Exception {
        mvc.perform(get("/w/demo/monitoring/programme").with(users.as("officer")))
                .andExpect(status().isOk());
        long programme = jdbc.sql("select id from mon_framework where initiative_id is null"
                        + " and workspace_id = (select id from workspace where slug = 'demo')")
                .query(Long.class)
                .single();
        mvc.perform(post("/w/demo/monitoring/frameworks/" + programme + "/compute")
                        .with(users.as("officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String y = Integer.toString(LocalDate.now().getYear() - 1);
        Double programmeMembers = jdbc.sql("select v.amount from mon_value v join mon_indicator i on i.id ="
                        + " v.indicator_id join mon_framework f on f.id = i.framework_id where f.initiative_id is null"
                        + " and f.workspace_id = (select id from workspace where slug = 'demo') and i.code = 'MEMBERS'"
                        + " and v.period = :p and v.disaggregation = ''")
                .param("p", y)
                .query(Double.class)
                .single();
        Double summed = jdbc.sql("select sum(v.amount) from mon_value v join mon_indicator i on i.id = v.indicator_id"
                        + " join mon_framework f on f.id = i.framework_id where f.initiative_id is not null"
                        + " and f.workspace_id = (select id from workspace where slug = 'demo') and i.code = 'MEMBERS'"
                        + " and v.period = :p and v.disaggregation = ''")
                .param("p", y)
                .query(Double.class)
                .single();
        assertThat(programmeMembers).isEqualTo(summed).isPositive();
    }
}
