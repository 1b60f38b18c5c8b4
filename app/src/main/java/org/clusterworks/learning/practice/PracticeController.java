package org.clusterworks.learning.practice;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongPredicate;
import org.clusterworks.diagnostic.SwotItem;
import org.clusterworks.diagnostic.SwotKind;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.learning.content.Course;
import org.clusterworks.learning.content.Text;
import org.clusterworks.learning.engine.CourseCatalog;
import org.clusterworks.learning.engine.Progress;
import org.clusterworks.shared.FormFields;
import org.clusterworks.shared.InvalidInput;
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

/**
 * The exercises on the learner's own workspace data (or the demo workspace's when theirs has none): a location
 * quotient, the SWOT, an action line and its indicators. They read other modules through their root APIs and keep
 * the learner's drafts in learning's tables; the workspace's real data is never changed.
 */
@Controller
@RequestMapping("/w/{workspace}/learning/{course}/practice")
class PracticeController {

    static final String LQ = "practice-lq";
    static final String SWOT = "practice-swot";
    static final String ACTION_LINE = "practice-action-line";
    static final String INDICATORS = "practice-indicators";

    private final CourseCatalog catalog;
    private final PracticeSource sources;
    private final LqPractice lq;
    private final SwotPractice swot;
    private final ActionLinePractice actionLines;
    private final PracticeDrafts drafts;
    private final Progress progress;

    PracticeController(
            CourseCatalog catalog,
            PracticeSource sources,
            LqPractice lq,
            SwotPractice swot,
            ActionLinePractice actionLines,
            PracticeDrafts drafts,
            Progress progress) {
        this.catalog = catalog;
        this.sources = sources;
        this.lq = lq;
        this.swot = swot;
        this.actionLines = actionLines;
        this.drafts = drafts;
        this.progress = progress;
    }

    private PracticeSource.Source prepare(
            CurrentWorkspace workspace, String courseId, LongPredicate hasData, Model model) {
        workspace.require(Permission.LEARN);
        Course course = catalog.find(courseId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No course " + courseId));
        PracticeSource.Source source = sources.resolve(workspace.id(), hasData);
        model.addAttribute("course", course);
        model.addAttribute("l", Text.language(LocaleContextHolder.getLocale().getLanguage()));
        model.addAttribute("source", source);
        model.addAttribute("errors", Map.of());
        model.addAttribute("form", Map.of());
        model.addAttribute("values", Map.of());
        return source;
    }

    private static void invalid(InvalidInput e, Map<String, String> form, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("errors", e.errors());
        model.addAttribute("form", form);
        model.addAttribute("values", form);
    }

    // ---- location quotient -------------------------------------------------------------------------------------

    @GetMapping("/lq")
    String lq(
            CurrentWorkspace workspace,
            @PathVariable String course,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response) {
        PracticeSource.Source source = prepare(workspace, course, lq::hasData, model);
        if (source.hasData()) {
            InvalidInput.Collector errors = new InvalidInput.Collector();
            Optional<LqPractice.Cell> cell = lq.cell(
                    source.workspaceId(),
                    params.get("dataset"),
                    params.get("year"),
                    params.get("region"),
                    params.get("industry"),
                    ThreadLocalRandom.current(),
                    errors);
            if (!errors.isEmpty()) {
                invalid(new InvalidInput(errors.errors()), params, model, response);
                cell = lq.cell(source.workspaceId(), null, null, null, null, ThreadLocalRandom.current(), errors);
            }
            model.addAttribute("datasets", lq.datasets(source.workspaceId()));
            model.addAttribute("cell", cell.orElse(null));
        }
        model.addAttribute("tolerance", LqPractice.TOLERANCE);
        return "learning/practice-lq";
    }

    @PostMapping("/lq")
    String checkLq(
            CurrentWorkspace workspace,
            AuthenticatedUser user,
            @PathVariable String course,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        PracticeSource.Source source = prepare(workspace, course, lq::hasData, model);
        model.addAttribute("tolerance", LqPractice.TOLERANCE);
        if (!source.hasData()) {
            return "learning/practice-lq";
        }
        model.addAttribute("datasets", lq.datasets(source.workspaceId()));
        model.addAttribute("form", form);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        for (String field : List.of("dataset", "year", "region", "industry")) {
            if (FormFields.text(form.get(field)) == null) {
                errors.add(field, "input.required");
            }
        }
        Optional<LqPractice.Cell> cell = errors.isEmpty()
                ? lq.cell(
                        source.workspaceId(),
                        form.get("dataset"),
                        form.get("year"),
                        form.get("region"),
                        form.get("industry"),
                        ThreadLocalRandom.current(),
                        errors)
                : Optional.empty();
        model.addAttribute("cell", cell.orElse(null));
        try {
            errors.throwIfAny();
            LqPractice.Check check =
                    lq.check(source.workspaceId(), cell.orElseThrow(), form.get("lq"), form.get("specialised"), errors);
            progress.recordPractice(
                    workspace.id(),
                    user.id(),
                    course,
                    LQ,
                    check.correct(),
                    form.get("lq").strip() + " " + form.get("specialised"));
            model.addAttribute("check", check);
        } catch (InvalidInput e) {
            invalid(e, form, model, response);
        }
        return "learning/practice-lq";
    }

    // ---- SWOT classification -----------------------------------------------------------------------------------

    private Optional<InitiativeSummary> swotInitiative(
            PracticeSource.Source source, String initiativeId, Model model, HttpServletResponse response) {
        if (!source.hasData()) {
            return Optional.empty();
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Optional<InitiativeSummary> initiative = swot.initiative(source.workspaceId(), initiativeId, errors);
        if (!errors.isEmpty()) {
            invalid(new InvalidInput(errors.errors()), Map.of(), model, response);
            return Optional.empty();
        }
        model.addAttribute("initiatives", swot.withSwot(source.workspaceId()));
        model.addAttribute("initiative", initiative.orElse(null));
        initiative.ifPresent(i -> model.addAttribute("items", swot.items(source.workspaceId(), i.id())));
        model.addAttribute("kinds", SwotKind.values());
        return initiative;
    }

    @GetMapping("/swot")
    String swot(
            CurrentWorkspace workspace,
            @PathVariable String course,
            @RequestParam(required = false) String initiativeId,
            Model model,
            HttpServletResponse response) {
        PracticeSource.Source source = prepare(workspace, course, swot::hasData, model);
        swotInitiative(source, initiativeId, model, response);
        return "learning/practice-swot";
    }

    @PostMapping("/swot")
    String checkSwot(
            CurrentWorkspace workspace,
            AuthenticatedUser user,
            @PathVariable String course,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        PracticeSource.Source source = prepare(workspace, course, swot::hasData, model);
        Optional<InitiativeSummary> initiative = swotInitiative(source, form.get("initiativeId"), model, response);
        if (initiative.isEmpty()) {
            return "learning/practice-swot";
        }
        List<SwotItem> items = swot.items(source.workspaceId(), initiative.get().id());
        model.addAttribute("form", form);
        try {
            SwotPractice.Check check = swot.check(items, form, new InvalidInput.Collector());
            progress.recordPractice(
                    workspace.id(),
                    user.id(),
                    course,
                    SWOT,
                    check.correct(),
                    check.right() + "/" + check.marks().size());
            model.addAttribute("check", check);
        } catch (InvalidInput e) {
            invalid(e, form, model, response);
        }
        return "learning/practice-swot";
    }

    // ---- action line and its indicators ------------------------------------------------------------------------

    private Optional<InitiativeSummary> actionInitiative(
            CurrentWorkspace workspace,
            AuthenticatedUser user,
            String course,
            PracticeSource.Source source,
            String initiativeId,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("library", actionLines.library());
        model.addAttribute("vocabulary", actionLines.vocabulary());
        model.addAttribute("rows", ActionLinePractice.INDICATOR_ROWS);
        String lang = Text.language(LocaleContextHolder.getLocale().getLanguage());
        Map<String, String> names = new HashMap<>();
        actionLines.library().forEach(t -> names.put(t.key(), t.code() + " " + t.name(lang)));
        model.addAttribute("names", names);
        if (!source.hasData()) {
            return Optional.empty();
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Optional<InitiativeSummary> initiative = actionLines.initiative(source.workspaceId(), initiativeId, errors);
        if (!errors.isEmpty()) {
            invalid(new InvalidInput(errors.errors()), Map.of(), model, response);
            return Optional.empty();
        }
        long ws = source.workspaceId();
        model.addAttribute("initiatives", actionLines.initiatives(ws));
        model.addAttribute("initiative", initiative.orElseThrow());
        model.addAttribute(
                "weaknesses", actionLines.weaknesses(ws, initiative.get().id()));
        model.addAttribute(
                "objectives", actionLines.objectives(ws, initiative.get().id()));
        drafts.latest(workspace.id(), user.id(), course, ws, initiative.get().id())
                .ifPresent(d -> showDraft(d, model));
        return initiative;
    }

    private void showDraft(ActionLineDraft draft, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("values", values(draft));
        List<ActionLineDraft.Rule> rules = actionLines.rules(draft);
        model.addAttribute("rules", rules);
        model.addAttribute("rulesHold", ActionLineDraft.allHold(rules));
        List<IndicatorChoice> chosen = drafts.indicators(draft.id());
        if (!chosen.isEmpty()) {
            showIndicators(chosen, model);
        }
    }

    private static Map<String, String> values(ActionLineDraft d) {
        Map<String, String> v = new HashMap<>();
        v.put("weaknessId", d.weaknessId() == null ? "" : d.weaknessId().toString());
        v.put("weaknessText", d.weaknessText());
        v.put("objectiveId", d.objectiveId() == null ? "" : d.objectiveId().toString());
        v.put("objectiveText", d.objectiveText());
        v.put("title", d.title());
        v.put("owner", d.owner());
        v.put("start", d.start() == null ? null : d.start().toString());
        v.put("end", d.end() == null ? null : d.end().toString());
        v.put("budget", plain(d.budget()));
        v.put("membersShare", plain(d.membersSharePct()));
        v.put("fundersShare", plain(d.fundersSharePct()));
        return v;
    }

    private static String plain(java.math.BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }

    private void showIndicators(List<IndicatorChoice> chosen, Model model) {
        Map<String, List<ActionLineDraft.Rule>> perIndicator = new HashMap<>();
        chosen.forEach(c -> perIndicator.put(c.key(), c.rules(actionLines.template(c.key()))));
        model.addAttribute("chosen", chosen);
        model.addAttribute("indicatorRules", perIndicator);
        model.addAttribute("anyOutcome", IndicatorChoice.anyOutcome(chosen, actionLines.library()));
    }

    @GetMapping("/action-line")
    String actionLine(
            CurrentWorkspace workspace,
            AuthenticatedUser user,
            @PathVariable String course,
            @RequestParam(required = false) String initiativeId,
            Model model,
            HttpServletResponse response) {
        PracticeSource.Source source = prepare(workspace, course, actionLines::hasData, model);
        actionInitiative(workspace, user, course, source, initiativeId, model, response);
        return "learning/practice-action";
    }

    @PostMapping("/action-line")
    String checkActionLine(
            CurrentWorkspace workspace,
            AuthenticatedUser user,
            @PathVariable String course,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        PracticeSource.Source source = prepare(workspace, course, actionLines::hasData, model);
        Optional<InitiativeSummary> initiative =
                actionInitiative(workspace, user, course, source, form.get("initiativeId"), model, response);
        if (initiative.isEmpty()) {
            return "learning/practice-action";
        }
        model.addAttribute("form", form);
        try {
            ActionLineDraft read =
                    actionLines.read(source.workspaceId(), initiative.get().id(), form);
            List<ActionLineDraft.Rule> rules = actionLines.rules(read);
            boolean passed = ActionLineDraft.allHold(rules);
            long id = drafts.save(workspace.id(), user.id(), course, read, passed);
            progress.recordPractice(
                    workspace.id(),
                    user.id(),
                    course,
                    ACTION_LINE,
                    passed,
                    rules.stream().filter(ActionLineDraft.Rule::ok).count() + "/" + rules.size());
            showDraft(drafts.find(workspace.id(), user.id(), course, id).orElseThrow(), model);
            model.addAttribute("checked", true);
        } catch (InvalidInput e) {
            invalid(e, form, model, response);
        }
        return "learning/practice-action";
    }

    @PostMapping("/action-line/{draftId}/indicators")
    String checkIndicators(
            CurrentWorkspace workspace,
            AuthenticatedUser user,
            @PathVariable String course,
            @PathVariable long draftId,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        PracticeSource.Source source = prepare(workspace, course, actionLines::hasData, model);
        ActionLineDraft draft = drafts.find(workspace.id(), user.id(), course, draftId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No draft " + draftId));
        actionInitiative(
                workspace,
                user,
                course,
                new PracticeSource.Source(draft.sourceWorkspaceId(), source.demo(), true),
                Long.toString(draft.initiativeId()),
                model,
                response);
        showDraft(draft, model);
        model.addAttribute("indicatorForm", form);
        try {
            List<IndicatorChoice> chosen = actionLines.readIndicators(form);
            drafts.saveIndicators(draft.id(), chosen);
            showIndicators(chosen, model);
            boolean correct = IndicatorChoice.anyOutcome(chosen, actionLines.library())
                    && chosen.stream().allMatch(c -> ActionLineDraft.allHold(c.rules(actionLines.template(c.key()))));
            progress.recordPractice(
                    workspace.id(),
                    user.id(),
                    course,
                    INDICATORS,
                    correct,
                    String.join(",", chosen.stream().map(IndicatorChoice::key).toList()));
            model.addAttribute("indicatorsChecked", true);
            model.addAttribute("indicatorsCorrect", correct);
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("indicatorErrors", e.errors());
        }
        return "learning/practice-action";
    }
}
