package org.clusterworks.surveys.core;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.stakeholders.OrganisationSectors;
import org.clusterworks.stakeholders.StakeholderOrganisation;
import org.clusterworks.surveys.SurveyRound;
import org.clusterworks.surveys.form.Form;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A round's analysis page (frequencies, means, top-two-box, breakdowns, comparison) and its response exports. */
@Controller
@RequestMapping("/w/{workspace}/surveys/rounds/{id}")
class AnalysisController {

    static final List<String> BREAKDOWNS = List.of("helix", "size", "sector", "territory");

    private final SurveyService service;
    private final MessageSource messages;
    private final org.thymeleaf.TemplateEngine templates;
    private final OrganisationSectors sectors;
    private final ReadAudit audit;

    AnalysisController(
            SurveyService service,
            MessageSource messages,
            org.thymeleaf.TemplateEngine templates,
            OrganisationSectors sectors,
            ReadAudit audit) {
        this.audit = audit;
        this.sectors = sectors;
        this.service = service;
        this.messages = messages;
        this.templates = templates;
    }

    /** A printable summary of the round: every question's overall figures with bar charts (no breakdowns). */
    @GetMapping("/analysis/pdf")
    ResponseEntity<byte[]> pdf(CurrentWorkspace ws, @PathVariable long id, Locale locale) {
        SurveyRound round = service.round(ws.id(), id);
        Form form = service.form(ws.id(), round.questionnaireId());
        Map<String, Map<String, String>> answers = answers(service, id);
        org.thymeleaf.context.Context ctx = new org.thymeleaf.context.Context(locale);
        ctx.setVariable("round", round);
        ctx.setVariable("questionnaire", form.title());
        ctx.setVariable("respondents", answers.size());
        ctx.setVariable("results", Analysis.of(form, answers, null, 1, locale));
        String html = templates.process("surveys/analysis-pdf", ctx);
        try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            com.openhtmltopdf.pdfboxout.PdfRendererBuilder b = new com.openhtmltopdf.pdfboxout.PdfRendererBuilder();
            b.useFastMode();
            b.withHtmlContent(html, null);
            b.toStream(out);
            b.run();
            return file(out.toByteArray(), "round-" + id + "-summary.pdf", MediaType.APPLICATION_PDF);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Each submitted respondent's answers, by respondent key, in key order. */
    static Map<String, Map<String, String>> answers(SurveyService service, long roundId) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        service.rounds().submittedAnswers(roundId).forEach((id, a) -> out.put(SurveysReader.respondentKey(id), a));
        return out;
    }

    @GetMapping("/analysis")
    String analysis(
            CurrentWorkspace ws,
            @PathVariable long id,
            @RequestParam(required = false) String by,
            Locale locale,
            Model model) {
        SurveyRound round = service.round(ws.id(), id);
        Form form = service.form(ws.id(), round.questionnaireId());
        int floor = service.rounds().minCell(id);
        Map<String, Map<String, String>> answers = answers(service, id);
        Map<String, String> groups = null;
        String breakdown = by != null && BREAKDOWNS.contains(by) ? by : null;
        if (breakdown != null) {
            groups = groups(ws.id(), id, breakdown, locale);
        }
        List<Analysis.Result> results = Analysis.of(form, answers, groups, floor, locale);
        model.addAttribute("round", round);
        model.addAttribute("form", form);
        model.addAttribute("results", results);
        model.addAttribute("respondents", answers.size());
        model.addAttribute("floor", floor);
        model.addAttribute("by", breakdown);
        model.addAttribute("breakdowns", BREAKDOWNS);
        model.addAttribute("canManage", ws.can(Permission.MANAGE_INITIATIVES));
        model.addAttribute("comparison", comparison(ws.id(), round, form, results, locale));
        return "surveys/analysis";
    }

    /** The same questions in the initiative's other rounds of the same questionnaire, oldest first, this one included. */
    private Map<String, List<Object[]>> comparison(
            long ws, SurveyRound round, Form form, List<Analysis.Result> current, Locale locale) {
        List<SurveyRound> others = service.reader().rounds(ws, round.initiativeId()).stream()
                .filter(r -> r.questionnaireId() == round.questionnaireId() && r.respondents() > 0)
                .toList();
        Map<String, List<Object[]>> out = new LinkedHashMap<>();
        if (others.size() < 2) {
            return out;
        }
        for (SurveyRound r : others) {
            List<Analysis.Result> res =
                    r.id() == round.id() ? current : Analysis.of(form, answers(service, r.id()), null, 1, locale);
            for (Analysis.Result x : res) {
                out.computeIfAbsent(x.item().name(), k -> new ArrayList<>()).add(new Object[] {r, x.overall()});
            }
        }
        return out;
    }

    private Map<String, String> groups(long ws, long roundId, String by, Locale locale) {
        List<Respondent> respondents = service.rounds().respondents(roundId);
        Map<Long, StakeholderOrganisation> orgs = new LinkedHashMap<>();
        service.stakeholders()
                .organisations(
                        ws,
                        respondents.stream()
                                .map(Respondent::organisationId)
                                .filter(java.util.Objects::nonNull)
                                .toList())
                .forEach(o -> orgs.put(o.id(), o));
        Map<Long, OrganisationSectors.Sector> sectorOf =
                by.equals("sector") ? sectors.sectors(ws, orgs.keySet()) : Map.of();
        String unknown = messages.getMessage("surveys.analysis.unknown", null, locale);
        Map<String, String> out = new LinkedHashMap<>();
        for (Respondent r : respondents) {
            StakeholderOrganisation o = r.organisationId() == null ? null : orgs.get(r.organisationId());
            String g;
            if (o == null) {
                g = unknown;
            } else if (by.equals("helix")) {
                g = o.helix() == null ? unknown : messages.getMessage(o.helix().messageKey(), null, locale);
            } else if (by.equals("size")) {
                g = messages.getMessage(o.sme() ? "surveys.analysis.sme" : "surveys.analysis.not-sme", null, locale);
            } else if (by.equals("sector")) {
                var sector = sectorOf.get(o.id());
                g = sector == null ? unknown : sector.code() + " · " + sector.title();
            } else {
                g = o.territoryCode() == null ? unknown : o.territoryCode();
            }
            out.put(r.key(), g);
        }
        return out;
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(
            CurrentWorkspace ws,
            @PathVariable long id,
            @RequestParam(defaultValue = "long") String format,
            @RequestParam(defaultValue = "csv") String type) {
        if (!ws.can(Permission.MANAGE_INITIATIVES) && !ws.can(Permission.ANALYSE)) {
            ws.require(Permission.ANALYSE);
        }
        var file = export(service, ws.id(), id, format, type);
        audit.export(
                ws.id(),
                id,
                ("wide".equals(format) ? "wide " : "long ") + ("xlsx".equals(type) ? "xlsx" : "csv"),
                "web");
        return file;
    }

    static ResponseEntity<byte[]> export(SurveyService service, long ws, long id, String format, String type) {
        SurveyRound round = service.round(ws, id);
        Form form = service.form(ws, round.questionnaireId());
        Map<Long, Map<String, String>> answers = service.rounds().submittedAnswers(id);
        List<ResponseTable.Line> lines = new ArrayList<>();
        for (Respondent r : service.rounds().respondents(id)) {
            if (r.submitted()) {
                lines.add(new ResponseTable.Line(
                        r.key(), r.organisationId(), r.personId(), answers.getOrDefault(r.id(), Map.of())));
            }
        }
        boolean wide = "wide".equals(format);
        List<List<String>> rows = ResponseTable.rows(id, form, lines, wide);
        String name = "round-" + id + "-" + (wide ? "wide" : "long");
        if ("xlsx".equals(type)) {
            return file(ResponseTable.xlsx(rows, wide ? "wide" : "long"), name + ".xlsx", QuestionnaireController.XLSX);
        }
        return file(
                ResponseTable.csv(rows).getBytes(StandardCharsets.UTF_8),
                name + ".csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    static ResponseEntity<byte[]> file(byte[] body, String filename, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }
}
