package org.clusterworks.learning.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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

/** A cohort's progress and results per learner and per module, for programme officers, with a CSV export. */
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

    @GetMapping("/w/{workspace}/learning/{course}/cohort.csv")
    ResponseEntity<byte[]> csv(CurrentWorkspace workspace, @PathVariable String course) {
        Course c = course(workspace, course);
        List<Progress.LearnerProgress> learners = progress.cohort(workspace.id(), c);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            List<String> header = new java.util.ArrayList<>(List.of(
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
            csv.printRecord(header);
            for (Progress.LearnerProgress p : learners) {
                List<Object> row = new java.util.ArrayList<>(List.of(
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
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(workspace.slug() + "-" + c.id() + "-cohort.csv")
                                .build()
                                .toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
