package org.clusterworks.surveys.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.surveys.RoundKind;
import org.clusterworks.surveys.form.Form;
import org.clusterworks.surveys.form.FormProblem;
import org.clusterworks.surveys.form.Item;
import org.clusterworks.surveys.form.XlsForm;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The surveys overview, the questionnaire builder, XLSForm import and export, and the ready-made library. */
@Controller
@RequestMapping("/w/{workspace}/surveys")
class QuestionnaireController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SurveyService service;

    QuestionnaireController(SurveyService service) {
        this.service = service;
    }

    private static String base(CurrentWorkspace ws) {
        return "redirect:/w/" + ws.slug() + "/surveys";
    }

    @GetMapping
    String overview(CurrentWorkspace ws, org.clusterworks.identity.AuthenticatedUser user, Model model) {
        long person = service.stakeholders()
                .personOfUser(ws.id(), user.id())
                .map(p -> p.id())
                .orElse(-1L);
        long organisation =
                service.stakeholders().organisationOfUser(ws.id(), user.id()).orElse(-1L);
        model.addAttribute("waiting", service.rounds().waitingFor(ws.id(), organisation, person));
        model.addAttribute("questionnaires", service.questionnaires().all(ws.id()));
        model.addAttribute("rounds", service.rounds().all(ws.id()));
        model.addAttribute("initiatives", service.initiatives().all(ws.id()));
        model.addAttribute("library", Library.KEYS);
        model.addAttribute("kinds", RoundKind.values());
        model.addAttribute("canManage", ws.can(Permission.MANAGE_INITIATIVES));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "surveys/overview";
    }

    @PostMapping("/questionnaires")
    String create(CurrentWorkspace ws, @RequestParam(defaultValue = "") String title, RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_INITIATIVES);
        if (title.isBlank() || title.length() > 300) {
            redirect.addFlashAttribute("error", "surveys.questionnaire.title-required");
            return base(ws);
        }
        long id = service.createQuestionnaire(
                ws.id(), new Form(title.strip(), slug(title), null, "en", List.of(), List.of()));
        return base(ws) + "/questionnaires/" + id;
    }

    private static String slug(String title) {
        String s = title.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_|_$", "");
        return s.isEmpty() ? "form" : s.length() > 60 ? s.substring(0, 60) : s;
    }

    @PostMapping("/questionnaires/xlsform")
    String importForm(CurrentWorkspace ws, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        ws.require(Permission.MANAGE_INITIATIVES);
        String name = file.getOriginalFilename() == null ? "form.xlsx" : file.getOriginalFilename();
        XlsForm.Result result;
        try (InputStream in = file.getInputStream()) {
            result = XlsForm.read(in, name.replaceAll("\\.[A-Za-z]+$", ""));
        }
        if (!result.ok()) {
            redirect.addFlashAttribute("problems", result.problems());
            redirect.addFlashAttribute("problemFile", name);
            return base(ws);
        }
        long id = service.createQuestionnaire(ws.id(), result.form());
        redirect.addFlashAttribute("success", "surveys.questionnaire.imported");
        return base(ws) + "/questionnaires/" + id;
    }

    @PostMapping("/library")
    String install(CurrentWorkspace ws, @RequestParam(defaultValue = "") String key, RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_INITIATIVES);
        if (!Library.KEYS.contains(key)) {
            redirect.addFlashAttribute("error", "surveys.library.unknown");
            return base(ws);
        }
        long id = service.createQuestionnaire(ws.id(), Library.load(key));
        redirect.addFlashAttribute("success", "surveys.questionnaire.imported");
        return base(ws) + "/questionnaires/" + id;
    }

    @GetMapping("/questionnaires/{id}")
    String builder(CurrentWorkspace ws, @PathVariable long id, Model model) {
        Form form = service.form(ws.id(), id);
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("lists", form.lists());
        model.addAttribute("inUse", service.inUse(ws.id(), id));
        model.addAttribute("canManage", ws.can(Permission.MANAGE_INITIATIVES));
        if (!model.containsAttribute("question")) {
            model.addAttribute("question", QuestionInput.empty());
        }
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        if (!model.containsAttribute("losses")) {
            model.addAttribute("losses", List.of());
        }
        return "surveys/questionnaire";
    }

    @PostMapping("/questionnaires/{id}/items")
    String addItem(
            CurrentWorkspace ws,
            @PathVariable long id,
            @ModelAttribute("question") QuestionInput question,
            Model model,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_INITIATIVES);
        Form form = service.form(ws.id(), id);
        try {
            service.updateQuestionnaire(ws.id(), id, question.appendTo(form));
        } catch (SurveyService.FormRefused e) {
            model.addAttribute("problems", e.problems);
            return builder(ws, id, model);
        } catch (CollectedAnswers.WouldBreak e) {
            model.addAttribute("losses", e.losses);
            return builder(ws, id, model);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().values().iterator().next());
        }
        return base(ws) + "/questionnaires/" + id;
    }

    @PostMapping("/questionnaires/{id}/items/{position}/delete")
    String deleteItem(
            CurrentWorkspace ws,
            @PathVariable long id,
            @PathVariable int position,
            Model model,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_INITIATIVES);
        Form form = service.form(ws.id(), id);
        if (position < 0 || position >= form.items().size()) {
            throw new SurveyService.NotFound();
        }
        List<Item> items = new ArrayList<>(form.items());
        if (items.get(position).type() == org.clusterworks.surveys.form.ItemType.BEGIN_GROUP) {
            // a section goes with its end; its questions stay, one level up
            int depth = 0;
            for (int i = position + 1; i < items.size(); i++) {
                org.clusterworks.surveys.form.ItemType t = items.get(i).type();
                if (t == org.clusterworks.surveys.form.ItemType.BEGIN_GROUP) {
                    depth++;
                } else if (t == org.clusterworks.surveys.form.ItemType.END_GROUP && depth-- == 0) {
                    items.remove(i);
                    break;
                }
            }
        }
        items.remove(position);
        try {
            service.updateQuestionnaire(
                    ws.id(),
                    id,
                    new Form(
                            form.title(),
                            form.formId(),
                            form.version(),
                            form.defaultLanguage(),
                            items,
                            form.choices()));
        } catch (SurveyService.FormRefused e) {
            List<FormProblem> problems = e.problems;
            redirect.addFlashAttribute("problems", problems);
        } catch (CollectedAnswers.WouldBreak e) {
            redirect.addFlashAttribute("losses", e.losses);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().values().iterator().next());
        }
        return base(ws) + "/questionnaires/" + id;
    }

    @GetMapping("/questionnaires/{id}/xlsform")
    ResponseEntity<byte[]> export(CurrentWorkspace ws, @PathVariable long id) {
        return xlsform(service.form(ws.id(), id));
    }

    static ResponseEntity<byte[]> xlsform(Form form) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(form.formId() + ".xlsx")
                                .build()
                                .toString())
                .body(XlsForm.write(form));
    }
}
