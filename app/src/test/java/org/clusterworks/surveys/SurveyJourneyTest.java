package org.clusterworks.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.clusterworks.support.ApiTokensForTests;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WebTest
@Import(ApiTokensForTests.class)
class SurveyJourneyTest {

    @Autowired
    org.clusterworks.initiatives.Initiatives initiativesApi;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Surveys surveys;

    @Autowired
    ApiTokensForTests api;

    long demo() {
        return jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
    }

    long arusha() {
        return jdbc.sql("select id from initiative where name = 'Arusha Horticulture Cluster'")
                .query(Long.class)
                .single();
    }

    static long idFrom(MvcResult r, String marker) {
        String loc = r.getResponse().getRedirectedUrl();
        assertThat(loc).contains(marker);
        return Long.parseLong(
                loc.substring(loc.indexOf(marker) + marker.length()).replaceAll("[^0-9].*", ""));
    }

    long questionnaireWithSkipRule(String title) throws Exception {
        long q = idFrom(
                mvc.perform(post("/w/demo/surveys/questionnaires")
                                .with(users.as("officer"))
                                .with(csrf())
                                .param("title", title))
                        .andExpect(status().is3xxRedirection())
                        .andReturn(),
                "/questionnaires/");
        String base = "/w/demo/surveys/questionnaires/" + q + "/items";
        mvc.perform(post(base)
                        .with(users.as("officer"))
                        .with(csrf())
                        .param("kind", "yes_no")
                        .param("name", "exports")
                        .param("labelEn", "Do you export?")
                        .param("labelFr", "Exportez-vous ?")
                        .param("labelSw", "Je, mnauza nje?")
                        .param("required", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base)
                        .with(users.as("officer"))
                        .with(csrf())
                        .param("kind", "decimal")
                        .param("name", "export_share")
                        .param("labelEn", "Share of sales exported (%)")
                        .param("required", "true")
                        .param("relevant", "${exports} = 'yes'")
                        .param("min", "0")
                        .param("max", "100")
                        .param("constraintMessage", "Between 0 and 100"))
                .andExpect(status().is3xxRedirection());
        return q;
    }

    long openRound(long questionnaire, String name) throws Exception {
        long round = idFrom(
                mvc.perform(post("/w/demo/surveys/rounds")
                                .with(users.as("officer"))
                                .with(csrf())
                                .param("name", name)
                                .param("initiativeId", Long.toString(arusha()))
                                .param("questionnaireId", Long.toString(questionnaire))
                                .param("kind", "MIDLINE"))
                        .andExpect(status().is3xxRedirection())
                        .andReturn(),
                "/rounds/");
        mvc.perform(post("/w/demo/surveys/rounds/" + round + "/panel")
                        .with(users.as("officer"))
                        .with(csrf())
                        .param("who", "organisations"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/w/demo/surveys/rounds/" + round + "/open")
                        .with(users.as("officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        return round;
    }

    List<String> tokens(long round) {
        return jdbc.sql("select token from surveys_respondent where round_id = :r order by id")
                .param("r", round)
                .query(String.class)
                .list();
    }

    @Test
    void aRespondentAnswersThroughAPersonalLinkAndASkippedAnswerIsDropped() throws Exception {
        long q = questionnaireWithSkipRule("Export check");
        long round = openRound(q, "Export check round");
        List<String> tokens = tokens(round);
        long demo = jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
        int members = initiativesApi
                .activeMembers(demo, arusha(), java.time.LocalDate.now())
                .size();
        assertThat(members).isGreaterThanOrEqualTo(20);
        assertThat(tokens).hasSize(members).allMatch(t -> t.length() >= 40);

        mvc.perform(get("/respond/" + tokens.get(0)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Do you export?")))
                .andExpect(content().string(containsString("data-relevant=\"${exports} = &#39;yes&#39;\"")));
        // a "no" with an answer to the skipped question: the answer is dropped, not refused
        mvc.perform(post("/respond/" + tokens.get(0))
                        .with(csrf())
                        .param("q.exports", "no")
                        .param("q.export_share", "55")
                        .param("action", "submit"))
                .andExpect(status().is3xxRedirection());
        assertThat(surveys.answers(demo(), round, "export_share")).isEmpty();
        assertThat(surveys.answers(demo(), round, "exports"))
                .extracting(SurveyAnswer::value)
                .containsExactly("no");

        // out of range: refused with the form's own message, nothing stored
        mvc.perform(post("/respond/" + tokens.get(1))
                        .with(csrf())
                        .param("q.exports", "yes")
                        .param("q.export_share", "150")
                        .param("action", "submit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Between 0 and 100")));
        // required when shown
        mvc.perform(post("/respond/" + tokens.get(1))
                        .with(csrf())
                        .param("q.exports", "yes")
                        .param("action", "submit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("An answer is required.")));
        // save, resume, submit
        mvc.perform(post("/respond/" + tokens.get(1))
                        .with(csrf())
                        .param("q.exports", "yes")
                        .param("action", "save"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/respond/" + tokens.get(1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"yes\" checked")));
        mvc.perform(post("/respond/" + tokens.get(1))
                        .with(csrf())
                        .param("q.exports", "yes")
                        .param("q.export_share", "40")
                        .param("action", "submit"))
                .andExpect(status().is3xxRedirection());
        assertThat(surveys.answers(demo(), round, "export_share"))
                .extracting(SurveyAnswer::value)
                .containsExactly("40");
        mvc.perform(get("/respond/" + tokens.get(1)))
                .andExpect(content().string(containsString("your answers are recorded")));

        mvc.perform(get("/w/demo/surveys/rounds/" + round).with(users.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("2 of " + tokens.size() + " invited respondents submitted ("
                                + Math.round(200.0 / tokens.size()) + "%)")));
        mvc.perform(get("/w/demo/surveys/rounds/" + round + "/analysis").with(users.as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 respondents submitted.")));
    }

    @Test
    void aMadeUpTokenFindsNothing() throws Exception {
        mvc.perform(get("/respond/not-a-real-token-but-long-enough-to-look")).andExpect(status().isNotFound());
    }

    @Test
    void closingARoundPublishesRoundClosedAndStopsAnswers() throws Exception {
        long q = questionnaireWithSkipRule("Close check");
        long round = openRound(q, "Close check round");
        mvc.perform(post("/w/demo/surveys/rounds/" + round + "/close")
                        .with(users.as("officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(surveys.round(demo(), round).orElseThrow().status()).isEqualTo(RoundStatus.CLOSED);
        String token = tokens(round).get(0);
        mvc.perform(post("/respond/" + token)
                        .with(csrf())
                        .param("q.exports", "no")
                        .param("action", "submit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not open for answers")));
        assertThat(surveys.answers(demo(), round, "exports")).isEmpty();
    }

    @Test
    void anXlsFormWithAnUnsupportedFeatureIsRefusedWithEveryRowThroughTheApi() throws Exception {
        byte[] file = org.clusterworks.surveys.form.XlsFormTestSupport.workbook(
                new String[][] {
                    {"type", "name", "label"},
                    {"begin_repeat", "r", "R"},
                    {"text", "a", "A"},
                    {"geopoint", "g", "G"},
                    {"end_repeat", null, null}
                },
                null);
        mvc.perform(multipart("/api/v1/workspaces/demo/questionnaires/xlsform")
                        .file(new MockMultipartFile("file", "bad.xlsx", "application/octet-stream", file))
                        .with(api.bearer("officer")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].message").value("repeat groups are not supported"))
                .andExpect(jsonPath("$.errors[1].message").value("the type 'geopoint' is not supported"));
    }

    @Test
    void anExportedXlsFormImportsBackThroughTheApi() throws Exception {
        long q = questionnaireWithSkipRule("Round trip");
        byte[] xlsx = mvc.perform(get("/api/v1/workspaces/demo/questionnaires/" + q + "/xlsform")
                        .with(api.bearer("officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        mvc.perform(multipart("/api/v1/workspaces/demo/questionnaires/xlsform")
                        .file(new MockMultipartFile("file", "rt.xlsx", "application/octet-stream", xlsx))
                        .with(api.bearer("officer")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber());
    }

    @Test
    void theOverviewRefusesAnUnsupportedFormAndListsWhere() throws Exception {
        byte[] file = org.clusterworks.surveys.form.XlsFormTestSupport.workbook(
                new String[][] {{"type", "name", "label", "calculation"}, {"calculate", "c", null, "1+1"}}, null);
        MvcResult r = mvc.perform(multipart("/w/demo/surveys/questionnaires/xlsform")
                        .file(new MockMultipartFile("file", "calc.xlsx", "application/octet-stream", file))
                        .with(users.as("officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(r.getFlashMap().get("problems")).asList().hasSize(2);
        assertThat(Map.of()).isEmpty();
        mvc.perform(get("/w/demo/surveys").with(users.as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"import-problems\""))));
    }

    List<Long> respondentIds(long round) {
        return jdbc.sql("select id from surveys_respondent where round_id = :r order by id")
                .param("r", round)
                .query(Long.class)
                .list();
    }

    byte[] offline(long round, long respondent, Map<String, String> answers) throws Exception {
        byte[] xlsx = mvc.perform(get("/w/demo/surveys/rounds/" + round + "/respondents/" + respondent + "/xlsx")
                        .with(users.as("officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(xlsx));
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.getSheet("answers");
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                var row = sheet.getRow(i);
                String q = row.getCell(1).getStringCellValue();
                if (answers.containsKey(q)) {
                    row.createCell(5).setCellValue(answers.get(q));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    MvcResult upload(long round, byte[] file) throws Exception {
        return mvc.perform(multipart("/w/demo/surveys/rounds/" + round + "/offline")
                        .file(new MockMultipartFile("file", "offline.xlsx", "application/octet-stream", file))
                        .with(users.as("officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
    }

    @Test
    void offlineWorkbooksComeBackValidatedAllOrNothing() throws Exception {
        long q = questionnaireWithSkipRule("Offline check");
        long round = openRound(q, "Offline check round");
        List<Long> ids = respondentIds(round);

        MvcResult ok = upload(round, offline(round, ids.get(0), Map.of("exports", "yes", "export_share", "30")));
        assertThat(ok.getFlashMap().get("success")).isEqualTo("surveys.offline.done");
        assertThat(surveys.answers(demo(), round, "export_share"))
                .extracting(SurveyAnswer::value)
                .containsExactly("30");

        // one good and one bad respondent in the same workbook: neither is stored
        byte[] good = offline(round, ids.get(1), Map.of("exports", "no"));
        byte[] bad = offline(round, ids.get(2), Map.of("exports", "yes", "export_share", "300"));
        byte[] both;
        try (var g = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(good));
                var b = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(bad));
                var out = new java.io.ByteArrayOutputStream()) {
            var target = g.getSheet("answers");
            var source = b.getSheet("answers");
            for (int i = 1; i <= source.getLastRowNum(); i++) {
                var to = target.createRow(target.getLastRowNum() + 1);
                for (int c = 0; c < 6; c++) {
                    var cell = source.getRow(i).getCell(c);
                    to.createCell(c).setCellValue(cell == null ? "" : cell.getStringCellValue());
                }
            }
            g.write(out);
            both = out.toByteArray();
        }
        MvcResult refused = upload(round, both);
        assertThat(refused.getFlashMap().get("error")).isEqualTo("surveys.offline.refused");
        assertThat(refused.getFlashMap().get("offlineProblems"))
                .asList()
                .containsExactly("offline.xlsx answers row 5 column answer: export_share: Between 0 and 100");
        assertThat(surveys.answers(demo(), round, "exports")).hasSize(1);
    }

    @Autowired
    org.clusterworks.surveys.form.QuestionnaireRepository questionnaires;

    @Autowired
    org.clusterworks.stakeholders.Stakeholders stakeholders;

    @Test
    void aMemberSeesTheSurveysWaitingForTheirOrganisation() throws Exception {
        long member = jdbc.sql("select id from app_user where username = 'member'")
                .query(Long.class)
                .single();
        long org = stakeholders.organisationOfUser(demo(), member).orElseThrow();
        List<String> waiting = jdbc.sql(
                        "select s.token from surveys_respondent s join surveys_round r on r.id = s.round_id"
                                + " where r.workspace_id = :ws and r.status = 'OPEN' and s.status <> 'SUBMITTED'"
                                + " and s.organisation_id = :org")
                .param("ws", demo())
                .param("org", org)
                .query(String.class)
                .list();
        assertThat(waiting).isNotEmpty();
        String page = mvc.perform(get("/w/demo/surveys").with(users.as("member")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (String token : waiting) {
            assertThat(page).contains("/respond/" + token);
        }
        mvc.perform(get("/w/demo/surveys").with(users.as("viewer")))
                .andExpect(content().string(not(containsString("id=\"waiting\""))));
    }

    @Test
    void theBuilderInsertsQuestionsInsideASectionAndDeletingTheSectionKeepsThem() throws Exception {
        long q = idFrom(
                mvc.perform(post("/w/demo/surveys/questionnaires")
                                .with(users.as("officer"))
                                .with(csrf())
                                .param("title", "Sections"))
                        .andReturn(),
                "/questionnaires/");
        String base = "/w/demo/surveys/questionnaires/" + q + "/items";
        mvc.perform(post(base)
                        .with(users.as("officer"))
                        .with(csrf())
                        .param("kind", "matrix")
                        .param("name", "grid")
                        .param("labelEn", "Grid"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base)
                        .with(users.as("officer"))
                        .with(csrf())
                        .param("kind", "likert")
                        .param("name", "inside")
                        .param("labelEn", "Inside")
                        .param("after", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base)
                        .with(users.as("officer"))
                        .with(csrf())
                        .param("kind", "text")
                        .param("name", "outside")
                        .param("labelEn", "Outside"))
                .andExpect(status().is3xxRedirection());
        assertThat(questionnaires.find(demo(), q).orElseThrow().items())
                .extracting(i -> i.type().xlsform() + ":" + i.name())
                .containsExactly("begin_group:grid", "select_one:inside", "end_group:null", "text:outside");
        // a text question inside a grid is refused, with the reason on the page
        mvc.perform(post(base)
                        .with(users.as("officer"))
                        .with(csrf())
                        .param("kind", "text")
                        .param("name", "bad")
                        .param("labelEn", "Bad")
                        .param("after", "1"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("a table-list (matrix) section may hold only select_one questions")));
        mvc.perform(post(base + "/0/delete").with(users.as("officer")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(questionnaires.find(demo(), q).orElseThrow().items())
                .extracting(i -> i.name())
                .containsExactly("inside", "outside");
    }
}
