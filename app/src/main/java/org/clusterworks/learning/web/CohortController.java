package org.clusterworks.learning.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.learning.content.Course;
import org.clusterworks.learning.engine.Assessments;
import org.clusterworks.learning.engine.CourseCatalog;
import org.clusterworks.learning.engine.Progress;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A cohort's progress and results per learner and per module, for programme officers, with CSV and XLSX exports. */
@Controller
class CohortController {

    private final CourseCatalog catalog;
    private final Progress progress;

    CohortController(CourseCatalog catalog, Progress progress) {
        this.catalog = catalog;
        this.progress = progress;
    }

    private Course course(CurrentWorkspace workspace, String id) {
        workspace.require(Permission.MANAGE_PROGRAMME);
        return catalog.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No course " + id));
    }

    @GetMapping("/w/{workspace}/learning/{course}/cohort")
    String cohort(CurrentWorkspace workspace, @PathVariable String course, Model model) {
        Course c = course(workspace, course);
        model.addAttribute("course", c);
        model.addAttribute("l", LearningController.lang());
        model.addAttribute("learners", progress.cohort(workspace.id(), c));
        model.addAttribute("admin", workspace.can(Permission.ADMINISTER));
        return "learning/cohort";
    }

    /** The cohort as a table: a header row, then one row per learner (numbers as numbers, blanks as ""). */
    static List<List<Object>> table(Course c, List<Progress.LearnerProgress> learners) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of(
                "username",
                "name",
                "lessons_read",
                "lessons_total",
                "quizzes_passed",
                "exam_attempts",
                "best_exam_percent",
                "exam_passed",
                "certificate",
                "certificate_status"));
        for (Course.Module m : c.modules()) {
            header.add("module_" + m.number() + "_quiz_best_percent");
        }
        for (Course.Module m : c.modules()) {
            header.add("module_" + m.number() + "_exam_percent");
        }
        rows.add(header);
        for (Progress.LearnerProgress p : learners) {
            List<Object> row = new ArrayList<>(List.of(
                    p.username(),
                    p.displayName(),
                    p.lessonsDone(),
                    p.lessonsTotal(),
                    p.quizzesPassed(),
                    p.examAttempts(),
                    p.bestExam() == null ? "" : p.bestExam(),
                    p.examPassed(),
                    p.certificate() == null ? "" : p.certificate().code(),
                    p.certificate() == null ? "" : p.certificate().status()));
            for (Progress.ModuleProgress m : p.modules()) {
                row.add(m.bestQuiz() == null ? "" : m.bestQuiz());
            }
            for (Course.Module m : c.modules()) {
                row.add(p.examCategories().stream()
                        .filter(r -> r.module() == m.number())
                        .map(Assessments.CategoryResult::percent)
                        .map(d -> (Object) (Math.round(d * 10) / 10.0))
                        .findFirst()
                        .orElse(""));
            }
            rows.add(row);
        }
        return rows;
    }

    private static ResponseEntity<byte[]> attachment(MediaType type, String filename, byte[] body) {
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

    @GetMapping("/w/{workspace}/learning/{course}/cohort.csv")
    ResponseEntity<byte[]> csv(CurrentWorkspace workspace, @PathVariable String course) {
        Course c = course(workspace, course);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            for (List<Object> row : table(c, progress.cohort(workspace.id(), c))) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return attachment(
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                workspace.slug() + "-" + c.id() + "-cohort.csv",
                out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/w/{workspace}/learning/{course}/cohort.xlsx")
    ResponseEntity<byte[]> xlsx(CurrentWorkspace workspace, @PathVariable String course) {
        Course c = course(workspace, course);
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("cohort");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<List<Object>> rows = table(c, progress.cohort(workspace.id(), c));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = rows.get(r);
                for (int col = 0; col < values.size(); col++) {
                    Object v = values.get(col);
                    Cell cell = row.createCell(col);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else if (v != null && !"".equals(v)) {
                        cell.setCellValue(safeCell(v.toString()));
                    }
                    if (r == 0) {
                        cell.setCellStyle(bold);
                    }
                }
            }
            sheet.createFreezePane(2, 1);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return attachment(
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                workspace.slug() + "-" + c.id() + "-cohort.xlsx",
                out.toByteArray());
    }

    /** Neutralises a spreadsheet formula at the start of a text cell (=, +, @ or -). */
    static String safeCell(String value) {
        return !value.isEmpty() && "=+@-".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
