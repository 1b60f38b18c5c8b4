package org.clusterworks.surveys.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.surveys.RoundStatus;
import org.clusterworks.surveys.SurveyRound;
import org.clusterworks.surveys.form.Choice;
import org.clusterworks.surveys.form.Form;
import org.clusterworks.surveys.form.Item;
import org.clusterworks.surveys.form.ItemType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The offline path: a fill-in workbook per respondent (one row per question, with the allowed answers beside it),
 * and the upload of one or many filled-in workbooks' rows, checked like the web form and stored all-or-nothing.
 */
@Controller
@RequestMapping("/w/{workspace}/surveys/rounds/{id}")
class OfflineController {

    static final List<String> HEAD = List.of("respondent_key", "question", "label", "type", "allowed", "answer");

    private final SurveyService service;
    private final OfflineImport importer;

    private final ReadAudit audit;

    OfflineController(SurveyService service, OfflineImport importer, ReadAudit audit) {
        this.audit = audit;
        this.service = service;
        this.importer = importer;
    }

    @GetMapping("/respondents/{respondentId}/xlsx")
    ResponseEntity<byte[]> download(
            CurrentWorkspace ws, @PathVariable long id, @PathVariable long respondentId, Locale locale) {
        ws.require(Permission.MANAGE_INITIATIVES);
        SurveyRound round = service.round(ws.id(), id);
        Respondent r = service.rounds().respondent(id, respondentId).orElseThrow(SurveyService.NotFound::new);
        Form form = service.form(ws.id(), round.questionnaireId());
        Map<String, String> answers = service.rounds().answers(r.id());
        audit.respondent(ws.id(), id, r, "offline workbook");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("answers");
            write(sheet.createRow(0), HEAD);
            int row = 1;
            for (Item q : form.questions()) {
                String allowed = "";
                if (q.type().select()) {
                    allowed = String.join(
                            "; ",
                            form.list(q.listName()).stream()
                                    .map(c -> c.name() + " = " + c.label().in(locale))
                                    .toList());
                } else if (q.type() == ItemType.ORGANISATIONS) {
                    allowed = String.join(
                            "; ",
                            service.pickable(ws.id(), round, r.organisationId()).stream()
                                    .map(o -> o.id() + " = " + o.name())
                                    .toList());
                }
                String rule = q.relevant() == null ? "" : " [" + q.relevant() + "]";
                write(
                        sheet.createRow(row++),
                        List.of(
                                r.key(),
                                q.name(),
                                q.label().in(locale) + rule,
                                q.typeColumn(),
                                allowed,
                                answers.getOrDefault(q.name(), "")));
            }
            wb.write(out);
            return AnalysisController.file(
                    out.toByteArray(), "round-" + id + "-" + r.key() + ".xlsx", QuestionnaireController.XLSX);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
        }
    }

    @PostMapping("/offline")
    String upload(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            Locale locale,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_INITIATIVES);
        SurveyRound round = service.round(ws.id(), id);
        String home = "redirect:/w/" + ws.slug() + "/surveys/rounds/" + id;
        List<String> problems = new ArrayList<>();
        Map<Respondent, Map<String, List<String>>> byRespondent = new LinkedHashMap<>();
        Map<String, String> where = new LinkedHashMap<>();
        if (round.status() != RoundStatus.OPEN) {
            problems.add("the round is not open for answers");
        } else {
            read(file, id, byRespondent, where, problems);
        }
        if (problems.isEmpty()) {
            problems.addAll(importer.store(ws.id(), byRespondent, where, user.id(), locale));
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("error", "surveys.offline.refused");
            redirect.addFlashAttribute("offlineProblems", problems);
        } else {
            redirect.addFlashAttribute("success", "surveys.offline.done");
        }
        return home;
    }

    private void read(
            MultipartFile file,
            long roundId,
            Map<Respondent, Map<String, List<String>>> out,
            Map<String, String> where,
            List<String> problems) {
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        Map<String, Respondent> byKey = new LinkedHashMap<>();
        service.rounds().respondents(roundId).forEach(r -> byKey.put(r.key(), r));
        try {
            OfflineWorkbook.read(name, file.getInputStream(), byKey, out, where, problems);
        } catch (IOException e) {
            problems.add(name + ": not a readable XLSX workbook");
        }
    }

    static String choices(List<Choice> list) {
        return String.join(" ", list.stream().map(Choice::name).toList());
    }
}
