package org.clusterworks.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.planning.implementation.EventInput;
import org.clusterworks.planning.implementation.ImplementationRepository;
import org.clusterworks.planning.implementation.PublicEvents;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Registration by people who are not members, without an account: the public list and page, validation naming the
 * field, one registration per e-mail, capacity shared with members and the waiting list, CSRF, and what organisers
 * see (attendance, CSV and XLSX export, the month calendar).
 */
@WebTest
class PublicEventsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Initiatives initiatives;

    @Autowired
    ImplementationRepository repo;

    @Autowired
    PublicEvents publicEvents;

    @Autowired
    JdbcClient jdbc;

    long demo() {
        return jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .single();
    }

    InitiativeSummary drome() {
        return initiatives.all(demo()).stream()
                .filter(i -> i.name().startsWith("Drôme"))
                .findFirst()
                .orElseThrow();
    }

    long event(String title, Integer capacity, boolean open) {
        long id = repo.insertEvent(
                demo(),
                drome().id(),
                new EventInput(
                                null,
                                title,
                                "WORKSHOP",
                                LocalDateTime.now().plusDays(30).withNano(0).toString(),
                                null,
                                "Valence",
                                capacity == null ? null : capacity.toString(),
                                null)
                        .check(new InvalidInput.Collector()));
        repo.setPublic(id, open);
        return id;
    }

    MockHttpServletRequestBuilder anonymous(long eventId, String name, String email, String consent) {
        var r = post("/events/public/" + eventId)
                .with(csrf())
                .param("fullName", name)
                .param("email", email);
        return consent == null ? r : r.param("consent", consent);
    }

    String eventsBase() {
        return "/w/demo/initiatives/" + drome().id() + "/events/";
    }

    @Test
    void anyoneSeesTheWorkspacesPublicEventsByMonthWithoutSigningIn() throws Exception {
        long open = event("Public packaging clinic", 12, true);
        long closed = event("Members-only board dinner", 12, false);
        String html = mvc.perform(get("/events/public").param("workspace", "demo"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Public packaging clinic", "12 seats left", "Open day at the Valence food lab pilot plant")
                .doesNotContain("Members-only board dinner");
        mvc.perform(get("/events/public/" + open)).andExpect(status().isOk());
        mvc.perform(get("/events/public/" + closed)).andExpect(status().isNotFound());
        mvc.perform(get("/events/public").param("workspace", "no-such-workspace"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRegistrationMissingFieldsNamesEachFieldAndSavesNothing() throws Exception {
        long e = event("Validation clinic", null, true);
        String html = mvc.perform(anonymous(e, " ", "not-an-address", null))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Full name</strong>: <span>is required")
                .contains("E-mail</strong>: <span>is not an e-mail address")
                .contains("Consent</strong>: <span>must be given to register.");
        assertThat(publicEvents.registrations(e)).isEmpty();
    }

    @Test
    void oneEmailRegistersOnceWhateverItsCase() throws Exception {
        long e = event("Duplicate clinic", null, true);
        mvc.perform(anonymous(e, "Lucie Morel", "Lucie.Morel@example.org", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "planning.public.registered"));
        String again = mvc.perform(anonymous(e, "Lucie Morel", "lucie.morel@EXAMPLE.org", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).contains("E-mail</strong>: <span>is already registered for this event.");
        assertThat(publicEvents.registrations(e)).hasSize(1);
        assertThat(publicEvents.registrations(e).get(0).email()).isEqualTo("lucie.morel@example.org");
    }

    @Test
    void withoutCsrfTokenTheFormIsRefused() throws Exception {
        long e = event("CSRF clinic", null, true);
        mvc.perform(post("/events/public/" + e)
                        .param("fullName", "No Token")
                        .param("email", "no.token@example.org")
                        .param("consent", "true"))
                .andExpect(status().isForbidden());
        assertThat(publicEvents.registrations(e)).isEmpty();
    }

    @Test
    void beyondCapacityPeopleWaitAndMoveUpWhenTheOrganiserRemovesSomeone() throws Exception {
        int capacity = 2;
        long e = event("Capacity clinic", capacity, true);
        for (int k = 0; k <= capacity; k++) {
            mvc.perform(anonymous(e, "Person " + k, "person" + k + "@example.org", "true"))
                    .andExpect(flash().attribute(
                                    "success",
                                    k < capacity ? "planning.public.registered" : "planning.public.waiting"));
        }
        var regs = publicEvents.registrations(e);
        assertThat(regs).extracting(r -> r.waiting()).containsExactly(false, false, true);
        assertThat(mvc.perform(get("/events/public/" + e))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Full: new registrations go on the waiting list");
        // The manager of the initiative (officer: programme) removes the first; the one waiting gets the seat.
        mvc.perform(post(eventsBase() + e + "/public-registrations/"
                                + regs.get(0).id() + "/cancel")
                        .with(users.as("officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(publicEvents.registrations(e)).extracting(r -> r.waiting()).containsExactly(false, false);
    }

    @Test
    void organisersMarkAttendanceAndExportEveryRegistration() throws Exception {
        long e = event("Export clinic", null, true);
        mvc.perform(anonymous(e, "Marc Dupuis", "marc.dupuis@example.org", "on"))
                .andExpect(status().is3xxRedirection());
        long reg = publicEvents.registrations(e).get(0).id();
        mvc.perform(post(eventsBase() + e + "/public-registrations/" + reg + "/attendance")
                        .param("attended", "true")
                        .with(users.as("officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(publicEvents.registrations(e).get(0).attended()).isTrue();
        String page = mvc.perform(get(eventsBase() + e).with(users.as("officer")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("marc.dupuis@example.org", "open to the public");
        String csv = new String(
                mvc.perform(get(eventsBase() + e + "/registrations.csv").with(users.as("officer")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("public,Marc Dupuis,marc.dupuis@example.org,,", ",false,true,");
        byte[] xlsx = mvc.perform(get(eventsBase() + e + "/registrations.xlsx").with(users.as("officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("marc.dupuis@example.org");
            assertThat(sheet.getRow(1).getCell(6).getBooleanCellValue()).isTrue();
        }
        // A member who does not manage the initiative sees a count, not the e-mails.
        mvc.perform(get(eventsBase() + e + "/registrations.csv").with(users.as("member")))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void theCalendarShowsAnEventOnItsDayInItsMonth() throws Exception {
        long e = event("Calendar clinic", null, false);
        var day = repo.event(drome().id(), e).orElseThrow().startsAt();
        String html = mvc.perform(get(eventsBase() + "calendar")
                        .param("month", YearMonth.from(day).toString())
                        .with(users.as("analyst")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Calendar clinic");
        String other = mvc.perform(get(eventsBase() + "calendar")
                        .param("month", YearMonth.from(day).plusMonths(2).toString())
                        .with(users.as("analyst")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(other).doesNotContain("Calendar clinic");
    }
}
