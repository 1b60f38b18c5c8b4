package org.clusterworks.learning.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.learning.content.ClassifyExercise;
import org.clusterworks.learning.content.Course;
import org.clusterworks.learning.content.Exercise;
import org.clusterworks.learning.content.Grader;
import org.clusterworks.learning.content.LqExercise;
import org.clusterworks.learning.content.Question;
import org.clusterworks.learning.content.ShiftShareExercise;
import org.clusterworks.learning.content.Text;
import org.clusterworks.learning.engine.Assessments;
import org.clusterworks.learning.engine.CourseCatalog;
import org.clusterworks.learning.engine.Markdown;
import org.clusterworks.learning.engine.Progress;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The learner's pages: courses, lessons, exercises, module quizzes and the final exam with its review. */
@Controller
@RequestMapping("/w/{workspace}/learning")
class LearningController {

    private final CourseCatalog catalog;
    private final Markdown markdown;
    private final Progress progress;
    private final Assessments assessments;

    LearningController(CourseCatalog catalog, Markdown markdown, Progress progress, Assessments assessments) {
        this.catalog = catalog;
        this.markdown = markdown;
        this.progress = progress;
        this.assessments = assessments;
    }

    static String lang() {
        return Text.language(LocaleContextHolder.getLocale().getLanguage());
    }

    private Course course(String id) {
        return catalog.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No course " + id));
    }

    private static Course.Module module(Course course, int number) {
        return course.module(number)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No module " + number));
    }

    @GetMapping
    String courses(CurrentWorkspace workspace, Model model) {
        workspace.require(Permission.LEARN);
        if (catalog.all().size() == 1) {
            return "redirect:/w/" + workspace.slug() + "/learning/"
                    + catalog.all().iterator().next().id();
        }
        model.addAttribute("courses", catalog.all());
        model.addAttribute("l", lang());
        return "learning/courses";
    }

    @GetMapping("/{course}")
    String overview(CurrentWorkspace workspace, AuthenticatedUser user, @PathVariable String course, Model model) {
        workspace.require(Permission.LEARN);
        Course c = course(course);
        model.addAttribute("course", c);
        model.addAttribute("l", lang());
        model.addAttribute("progress", progress.of(workspace.id(), user.id(), user.username(), user.displayName(), c));
        model.addAttribute("officer", workspace.can(Permission.MANAGE_PROGRAMME));
        return "learning/overview";
    }

    @GetMapping("/{course}/modules/{module}/lessons/{stem}")
    String lesson(
            CurrentWorkspace workspace,
            AuthenticatedUser user,
            @PathVariable String course,
            @PathVariable int module,
            @PathVariable String stem,
            Model model) {
        workspace.require(Permission.LEARN);
        Course c = course(course);
        Course.Module m = module(c, module);
        Course.Lesson lesson = m.lesson(stem)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No lesson " + stem));
        String lang = lang();
        progress.markRead(workspace.id(), user.id(), c.id(), m.number(), stem);
        int index = m.lessons().indexOf(lesson);
        model.addAttribute("course", c);
        model.addAttribute("module", m);
        model.addAttribute("l", lang);
        model.addAttribute("lesson", lesson.in(lang));
        model.addAttribute("translated", lesson.translated(lang));
        model.addAttribute("html", markdown.toHtml(lesson.in(lang).markdown()));
        model.addAttribute("previous", index > 0 ? m.lessons().get(index - 1).stem() : null);
        model.addAttribute(
                "next",
                index < m.lessons().size() - 1 ? m.lessons().get(index + 1).stem() : null);
        return "learning/lesson";
    }

    @GetMapping("/{course}/modules/{module}/exercise")
    String exercise(CurrentWorkspace workspace, @PathVariable String course, @PathVariable int module, Model model) {
        workspace.require(Permission.LEARN);
        Course c = course(course);
        Course.Module m = module(c, module);
        if (m.exerciseText().isEmpty() && m.exercises().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Module " + module + " has no exercise");
        }
        String lang = lang();
        model.addAttribute("course", c);
        model.addAttribute("module", m);
        model.addAttribute("l", lang);
        model.addAttribute(
                "translated", m.exerciseText().isEmpty() || m.exerciseText().containsKey(lang));
        model.addAttribute(
                "html",
                markdown.toHtml(
                        m.exerciseText().getOrDefault(lang, m.exerciseText().get("en"))));
        model.addAttribute("results", new HashMap<String, String>());
        return "learning/exercise";
    }

    @PostMapping("/{course}/modules/{module}/exercise/{exercise}")
    String checkExercise(
            CurrentWorkspace workspace,
            AuthenticatedUser user,
            @PathVariable String course,
            @PathVariable int module,
            @PathVariable String exercise,
            @RequestParam(defaultValue = "") String answer,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        String page = exercise(workspace, course, module, model);
        Course c = course(course);
        Exercise ex = module(c, module).exercises().stream()
                .filter(e -> e.id().equals(exercise))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No exercise " + exercise));
        Map<String, String> results = new HashMap<>();
        if (ex instanceof ClassifyExercise classify) {
            Map<Integer, String> chosen = new HashMap<>();
            for (int i = 0; i < classify.items().size(); i++) {
                String v = form.get("item" + i);
                if (v != null && !v.isBlank()) {
                    chosen.put(i, v);
                }
            }
            List<Boolean> marks = classify.grade(chosen);
            boolean correct = marks.stream().allMatch(Boolean::booleanValue);
            if (chosen.size() < classify.items().size()) {
                results.put(ex.id(), "incomplete");
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            } else {
                progress.recordExercise(
                        workspace.id(),
                        user.id(),
                        c.id(),
                        ex,
                        correct,
                        marks.stream().filter(Boolean::booleanValue).count() + "/" + marks.size());
                results.put(ex.id(), correct ? "correct" : "wrong");
            }
            model.addAttribute("results", results);
            model.addAttribute("chosen", chosen);
            model.addAttribute("marks", marks);
            model.addAttribute(
                    "score", marks.stream().filter(Boolean::booleanValue).count());
            return page;
        }
        Double given = Grader.parseNumber(answer);
        if (given == null) {
            results.put(ex.id(), "invalid");
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } else {
            boolean correct = switch (ex) {
                case LqExercise lq ->
                    progress.checkExercise(workspace.id(), user.id(), c.id(), lq, given, answer.strip());
                case ShiftShareExercise ss ->
                    progress.recordExercise(workspace.id(), user.id(), c.id(), ss, ss.accepts(given), answer.strip());
                default -> false;
            };
            results.put(ex.id(), correct ? "correct" : "wrong");
        }
        model.addAttribute("results", results);
        model.addAttribute("answers", Map.of(ex.id(), answer));
        return page;
    }

    @PostMapping("/{course}/modules/{module}/quiz")
    String startQuiz(
            CurrentWorkspace workspace, AuthenticatedUser user, @PathVariable String course, @PathVariable int module) {
        workspace.require(Permission.LEARN);
        Course c = course(course);
        long id = assessments.startQuiz(workspace.id(), user.id(), c, module(c, module));
        return "redirect:/w/" + workspace.slug() + "/learning/attempts/" + id;
    }

    @GetMapping("/{course}/exam")
    String exam(CurrentWorkspace workspace, AuthenticatedUser user, @PathVariable String course, Model model) {
        workspace.require(Permission.LEARN);
        Course c = course(course);
        List<Assessments.Attempt> attempts = assessments.attempts(workspace.id(), user.id(), c.id(), Assessments.EXAM);
        model.addAttribute("course", c);
        model.addAttribute("l", lang());
        model.addAttribute("attempts", attempts);
        model.addAttribute("attemptsLeft", Math.max(0, c.exam().attempts() - attempts.size()));
        model.addAttribute("passed", attempts.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed())));
        return "learning/exam";
    }

    @PostMapping("/{course}/exam")
    String startExam(
            CurrentWorkspace workspace,
            AuthenticatedUser user,
            @PathVariable String course,
            RedirectAttributes redirect) {
        workspace.require(Permission.LEARN);
        Course c = course(course);
        try {
            long id = assessments.startExam(workspace.id(), user.id(), c, Instant.now());
            return "redirect:/w/" + workspace.slug() + "/learning/attempts/" + id;
        } catch (Assessments.StartRefused e) {
            redirect.addFlashAttribute("examError", e.messageKey());
            return "redirect:/w/" + workspace.slug() + "/learning/" + c.id() + "/exam";
        }
    }

    private Assessments.Attempt attempt(CurrentWorkspace workspace, AuthenticatedUser user, long id) {
        workspace.require(Permission.LEARN);
        return assessments
                .find(id, workspace.id(), user.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No attempt " + id));
    }

    @GetMapping("/attempts/{id}")
    String showAttempt(CurrentWorkspace workspace, AuthenticatedUser user, @PathVariable long id, Model model) {
        Assessments.Attempt attempt = attempt(workspace, user, id);
        Course c = course(attempt.courseId());
        Instant now = Instant.now();
        if (attempt.open() && attempt.overdue(now)) {
            attempt = assessments.submit(attempt, Map.of(), now, user, c).attempt();
        }
        return render(attempt, c, Map.of(), Map.of(), model);
    }

    @PostMapping("/attempts/{id}")
    String submitAttempt(
            CurrentWorkspace workspace,
            AuthenticatedUser user,
            @PathVariable long id,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Assessments.Attempt attempt = attempt(workspace, user, id);
        Course c = course(attempt.courseId());
        Map<Integer, List<String>> answers = answers(attempt, request);
        var submission = assessments.submit(attempt, answers, Instant.now(), user, c);
        if (!submission.problems().isEmpty()) {
            Map<String, String> problems = new HashMap<>();
            submission.problems().forEach(p -> problems.put(p.questionKey(), p.given()));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(attempt, c, answers, problems, model);
        }
        if (submission.certificateCode() != null) {
            redirect.addFlashAttribute("certificate", submission.certificateCode());
        }
        if (submission.attempt().expired()) {
            redirect.addFlashAttribute("expired", true);
        }
        return "redirect:/w/" + workspace.slug() + "/learning/attempts/" + id;
    }

    private Map<Integer, List<String>> answers(Assessments.Attempt attempt, HttpServletRequest request) {
        Map<Integer, List<String>> answers = new HashMap<>();
        for (Assessments.Item item : assessments.items(attempt.id())) {
            Question q = item.stored().question();
            String name = "q" + item.position();
            if (q.type() == Question.Type.MATCHING) {
                List<String> chosen = new ArrayList<>();
                for (int i = 0; i < q.pairs().size(); i++) {
                    String v = request.getParameter(name + "." + i);
                    chosen.add(v == null ? "" : v);
                }
                answers.put(item.position(), chosen);
            } else {
                String[] values = request.getParameterValues(name);
                answers.put(item.position(), values == null ? List.of() : List.of(values));
            }
        }
        return answers;
    }

    private String render(
            Assessments.Attempt attempt,
            Course c,
            Map<Integer, List<String>> given,
            Map<String, String> problems,
            Model model) {
        String lang = lang();
        List<Assessments.Item> items = assessments.items(attempt.id());
        List<QuestionView> questions = items.stream()
                .map(item -> QuestionView.of(
                        attempt.id(),
                        item,
                        lang,
                        attempt.open() ? given.getOrDefault(item.position(), List.of()) : item.answer(),
                        problems.get(item.stored().question().key())))
                .toList();
        model.addAttribute("course", c);
        model.addAttribute("l", lang);
        model.addAttribute("attempt", attempt);
        model.addAttribute("questions", questions);
        model.addAttribute("problems", problems);
        model.addAttribute(
                "module",
                attempt.module() == null ? null : c.module(attempt.module()).orElse(null));
        model.addAttribute("secondsLeft", attempt.secondsLeft(Instant.now()));
        if (!attempt.open()) {
            model.addAttribute("categories", Assessments.byCategory(items));
            // an exam's answers are revealed once passed or when no attempt is left, so retakes stay meaningful
            boolean reveal = !attempt.exam()
                    || Boolean.TRUE.equals(attempt.passed())
                    || assessments
                                    .attempts(attempt.workspaceId(), attempt.userId(), c.id(), Assessments.EXAM)
                                    .size()
                            >= c.exam().attempts();
            model.addAttribute("reveal", reveal);
        }
        return attempt.open() ? "learning/attempt" : "learning/review";
    }
}
