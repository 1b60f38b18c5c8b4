package org.clusterworks.surveys.core;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.surveys.form.FormProblem;
import org.clusterworks.surveys.form.XlsForm;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Questionnaires as XLSForm and round responses as CSV, for ODK/KoboToolbox users and scripts. */
@RestController
@RequestMapping("/api/v1/workspaces/{workspace}")
@Tag(name = "Surveys", description = "Questionnaires (XLSForm) and survey responses")
class SurveysApiController {

    private final SurveyService service;

    private final ReadAudit audit;

    SurveysApiController(SurveyService service, ReadAudit audit) {
        this.service = service;
        this.audit = audit;
    }

    @PostMapping(value = "/questionnaires/xlsform", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import an XLSForm workbook (survey, choices, settings sheets) as a new questionnaire",
            description = "Supported: types text, integer, decimal, date, select_one, select_multiple, note,"
                    + " begin_group/end_group (appearance table-list for a grid), start, end, today, and"
                    + " select_multiple_from_file organisations.csv (organisation picker, parameters frequency=list"
                    + " trust=list); columns name, label, hint, required, relevant, constraint, constraint_message,"
                    + " appearance, parameters in English (en), French (fr) and Swahili (sw). Anything else (repeats,"
                    + " calculate, choice_filter, other languages, unknown columns) is refused: 422 problem+json with"
                    + " every problem as {sheet, row, column, message}; nothing is stored.")
    @ApiResponse(responseCode = "201", description = "Stored; body {\"id\": ...}")
    @ApiResponse(responseCode = "422", description = "Refused; nothing stored")
    ResponseEntity<?> importForm(CurrentWorkspace ws, @RequestPart("file") MultipartFile file) throws IOException {
        ws.require(Permission.MANAGE_INITIATIVES);
        String name = file.getOriginalFilename() == null ? "form" : file.getOriginalFilename();
        XlsForm.Result r;
        try (InputStream in = file.getInputStream()) {
            r = XlsForm.read(in, name.replaceAll("\\.[A-Za-z]+$", ""));
        }
        if (!r.ok()) {
            return refused(r.problems());
        }
        long id = service.createQuestionnaire(ws.id(), r.form());
        return ResponseEntity.created(
                        URI.create("/api/v1/workspaces/" + ws.slug() + "/questionnaires/" + id + "/xlsform"))
                .body(Map.of("id", id));
    }

    static ResponseEntity<ProblemDetail> refused(List<FormProblem> problems) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT, problems.size() + " problem(s); nothing was imported");
        p.setTitle("The XLSForm was not imported");
        p.setProperty(
                "errors",
                problems.stream()
                        .map(x -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("sheet", x.sheet());
                            m.put("row", x.row());
                            m.put("column", x.column());
                            m.put("message", x.message());
                            return m;
                        })
                        .toList());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    @GetMapping("/questionnaires/{id}/xlsform")
    @Operation(summary = "A questionnaire as an XLSForm workbook (labels in English, French and Swahili)")
    ResponseEntity<byte[]> export(CurrentWorkspace ws, @PathVariable long id) {
        return QuestionnaireController.xlsform(service.form(ws.id(), id));
    }

    @GetMapping("/rounds/{id}/responses")
    @Operation(
            summary = "A round's submitted responses as CSV",
            description = "format=long: one row per respondent and answered question (round_id, respondent_key,"
                    + " organisation_id, person_id, question, value); format=wide: one row per respondent, one column"
                    + " per question. Multiple choices are space-separated choice names; organisation pickers list"
                    + " organisation ids. Needs the analyse or manage-initiatives permission.")
    ResponseEntity<byte[]> responses(
            CurrentWorkspace ws, @PathVariable long id, @RequestParam(defaultValue = "long") String format) {
        if (!ws.can(Permission.MANAGE_INITIATIVES) && !ws.can(Permission.ANALYSE)) {
            ws.require(Permission.ANALYSE);
        }
        if (!format.equals("long") && !format.equals("wide")) {
            throw new org.clusterworks.shared.InvalidInput(Map.of("format", "format must be long or wide"));
        }
        var file = AnalysisController.export(service, ws.id(), id, format, "csv");
        audit.export(ws.id(), id, format + " csv", "API");
        return file;
    }
}
