package org.clusterworks.surveys.core;

import java.util.List;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.surveys.form.Form;
import org.clusterworks.surveys.form.Item;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Edits an existing row of a questionnaire and moves rows up or down; a change that would lose answers already
 * collected in the questionnaire's rounds is refused with the questions and reasons.
 */
@Controller
@RequestMapping("/w/{workspace}/surveys/questionnaires/{id}/items/{position}")
class ItemController {

    private final SurveyService service;

    ItemController(SurveyService service) {
        this.service = service;
    }

    private static String builder(CurrentWorkspace ws, long id) {
        return "redirect:/w/" + ws.slug() + "/surveys/questionnaires/" + id;
    }

    private Item row(Form form, int position) {
        if (position < 0
                || position >= form.items().size()
                || !QuestionEdit.editable(form.items().get(position))) {
            throw new SurveyService.NotFound();
        }
        return form.items().get(position);
    }

    @GetMapping("/edit")
    String edit(CurrentWorkspace ws, @PathVariable long id, @PathVariable int position, Model model) {
        ws.require(Permission.MANAGE_INITIATIVES);
        Form form = service.form(ws.id(), id);
        Item item = row(form, position);
        model.addAttribute("id", id);
        model.addAttribute("position", position);
        model.addAttribute("form", form);
        model.addAttribute("item", item);
        model.addAttribute("hasChoices", QuestionEdit.editableList(item));
        model.addAttribute(
                "shared",
                QuestionEdit.editableList(item)
                        && form.questions().stream()
                                        .filter(q -> item.listName().equals(q.listName()))
                                        .count()
                                > 1);
        model.addAttribute("inUse", service.inUse(ws.id(), id));
        if (!model.containsAttribute("edit")) {
            model.addAttribute("edit", QuestionEdit.of(form, item));
        }
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        if (!model.containsAttribute("losses")) {
            model.addAttribute("losses", List.of());
        }
        return "surveys/question-edit";
    }

    @PostMapping
    String save(
            CurrentWorkspace ws,
            @PathVariable long id,
            @PathVariable int position,
            @ModelAttribute("edit") QuestionEdit edit,
            Model model,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_INITIATIVES);
        Form form = service.form(ws.id(), id);
        row(form, position);
        try {
            service.updateQuestionnaire(ws.id(), id, edit.applyTo(form, position));
        } catch (SurveyService.FormRefused e) {
            model.addAttribute("problems", e.problems);
            return edit(ws, id, position, model);
        } catch (CollectedAnswers.WouldBreak e) {
            model.addAttribute("losses", e.losses);
            return edit(ws, id, position, model);
        }
        redirect.addFlashAttribute("success", "surveys.item.saved");
        return builder(ws, id);
    }

    @PostMapping("/move")
    String move(
            CurrentWorkspace ws,
            @PathVariable long id,
            @PathVariable int position,
            @RequestParam(defaultValue = "") String direction,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_INITIATIVES);
        Form form = service.form(ws.id(), id);
        row(form, position);
        if (!direction.equals("up") && !direction.equals("down")) {
            redirect.addFlashAttribute("error", "surveys.item.move-direction");
            return builder(ws, id);
        }
        Form moved = ItemMoves.move(form, position, direction.equals("up"));
        if (moved == null) {
            redirect.addFlashAttribute("error", "surveys.item.cannot-move");
            return builder(ws, id);
        }
        try {
            service.updateQuestionnaire(ws.id(), id, moved);
            redirect.addFlashAttribute("success", "surveys.item.moved");
        } catch (SurveyService.FormRefused e) {
            redirect.addFlashAttribute("problems", e.problems);
        } catch (CollectedAnswers.WouldBreak e) {
            redirect.addFlashAttribute("losses", e.losses);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().values().iterator().next());
        }
        return builder(ws, id) + "#row-" + position;
    }
}
