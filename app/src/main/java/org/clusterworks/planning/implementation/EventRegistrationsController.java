package org.clusterworks.planning.implementation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.planning.implementation.Implementation.Event;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What organisers do with an initiative's events beyond the members' registrations: the month calendar, opening an
 * event to the public, the public registrations' attendance, and every registration exported as CSV or XLSX.
 */
@Controller
@RequestMapping("/w/{workspace}/initiatives/{id}/events")
class EventRegistrationsController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ImplementationService service;
    private final PublicEvents publicEvents;

    EventRegistrationsController(ImplementationService service, PublicEvents publicEvents) {
        this.service = service;
        this.publicEvents = publicEvents;
    }

    private static String event(CurrentWorkspace ws, long id, long eventId) {
        return "redirect:/w/" + ws.slug() + "/initiatives/" + id + "/events/" + eventId + "#public";
    }

    @GetMapping("/calendar")
    String calendar(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) String month,
            Model model) {
        InitiativeSummary i = service.access().visible(ws, user, id);
        YearMonth m;
        try {
            m = month == null || month.isBlank() ? YearMonth.now() : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            m = YearMonth.now();
        }
        List<Event> events = service.events(i);
        model.addAttribute("initiative", i);
        model.addAttribute("grid", MonthGrid.of(m, events, LocalDate.now()));
        YearMonth shown = m;
        model.addAttribute(
                "monthEvents",
                events.stream()
                        .filter(e -> YearMonth.from(e.startsAt()).equals(shown))
                        .toList());
        return "planning/events-calendar";
    }

    @PostMapping("/{eventId}/public")
    String setPublic(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long eventId,
            @RequestParam(defaultValue = "false") boolean open,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_INITIATIVES);
        publicEvents.setOpen(ws, user, id, eventId, open);
        redirect.addFlashAttribute("success", open ? "planning.public.opened" : "planning.public.closed-by-organiser");
        return event(ws, id, eventId);
    }

    @PostMapping("/{eventId}/public-registrations/{registrationId}/attendance")
    String attendance(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long eventId,
            @PathVariable long registrationId,
            @RequestParam(defaultValue = "false") boolean attended) {
        ws.require(Permission.MANAGE_INITIATIVES);
        publicEvents.setAttended(ws, user, id, eventId, registrationId, attended);
        return event(ws, id, eventId);
    }

    @PostMapping("/{eventId}/public-registrations/{registrationId}/cancel")
    String cancel(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long eventId,
            @PathVariable long registrationId,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_INITIATIVES);
        publicEvents.cancel(ws, user, id, eventId, registrationId);
        redirect.addFlashAttribute("success", "planning.registration-cancelled");
        return event(ws, id, eventId);
    }

    /** Every registration of the event, members' and the public's, as rows for the exports. */
    private List<List<Object>> rows(CurrentWorkspace ws, AuthenticatedUser user, long id, long eventId) {
        ws.require(Permission.MANAGE_INITIATIVES);
        InitiativeSummary i = service.access().editable(ws, user, id);
        Event e = service.event(i, eventId);
        var a = service.attendance(ws.id(), e);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(
                List.of("type", "name", "email", "organisation", "registered_at", "waiting", "attended", "consent_at"));
        for (var r : a.registrations()) {
            var person = a.people().get(r.personId());
            var org = r.organisationId() == null ? null : a.organisations().get(r.organisationId());
            rows.add(List.of(
                    "member",
                    person == null ? "" : person.fullName(),
                    "",
                    org == null ? "" : org.name(),
                    r.registeredAt().toString(),
                    r.waiting(),
                    r.attended(),
                    ""));
        }
        for (var r : publicEvents.registrations(e.id())) {
            rows.add(List.of(
                    "public",
                    r.fullName(),
                    r.email(),
                    r.organisation() == null ? "" : r.organisation(),
                    r.registeredAt().toString(),
                    r.waiting(),
                    r.attended(),
                    r.consentAt().toString()));
        }
        return rows;
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }

    @GetMapping("/{eventId}/registrations.csv")
    ResponseEntity<byte[]> csv(
            CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, @PathVariable long eventId) {
        var rows = rows(ws, user, id, eventId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter p = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            for (var r : rows) {
                p.printRecord(r);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return file(
                out.toByteArray(),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                "registrations-" + eventId + ".csv");
    }

    @GetMapping("/{eventId}/registrations.xlsx")
    ResponseEntity<byte[]> xlsx(
            CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, @PathVariable long eventId) {
        var rows = rows(ws, user, id, eventId);
        try (var wb = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Registrations");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof Boolean b) {
                        row.createCell(c).setCellValue(b);
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(v));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            wb.write(out);
            return file(out.toByteArray(), XLSX, "registrations-" + eventId + ".xlsx");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
