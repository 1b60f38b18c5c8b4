package org.clusterworks.stakeholders.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.shared.StaleEdit;
import org.clusterworks.stakeholders.Gender;
import org.clusterworks.stakeholders.Helix;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation directory pages: search and filters, organisation pages, forms, people, relationships. */
@Controller
@RequestMapping("/w/{workspace}/organisations")
class DirectoryController {

    private final DirectoryRepository repo;
    private final DirectoryService service;
    private final org.springframework.context.MessageSource messages;
    private final List<org.clusterworks.stakeholders.OrganisationLinks> links;
    private final ReferenceCodes codes;

    DirectoryController(
            DirectoryRepository repo,
            DirectoryService service,
            org.springframework.context.MessageSource messages,
            List<org.clusterworks.stakeholders.OrganisationLinks> links,
            ReferenceCodes codes) {
        this.repo = repo;
        this.service = service;
        this.messages = messages;
        this.links = links;
        this.codes = codes;
    }

    /** The NACE Rev. 2 titles of an organisation's industry codes, where the reference data knows them. */
    private Map<String, String> industryTitles(Organisation organisation) {
        return codes.industryTitles(organisation.industryCodes());
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("helixes", Helix.values());
        model.addAttribute("employeesBands", EmployeesBand.values());
        model.addAttribute("turnoverBands", TurnoverBand.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("relationshipKinds", RelationshipKind.values());
        model.addAttribute("relationshipSources", RelationshipKind.Source.values());
        model.addAttribute("errorArgs", Map.of());
    }

    @GetMapping
    String directory(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String helix,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String territory,
            Model model) {
        ws.require(Permission.VIEW);
        var filter = new DirectoryRepository.Filter(q, helix, size, sector, territory);
        List<Organisation> found = repo.search(ws.id(), filter, 501);
        model.addAttribute("organisations", found.size() > 500 ? found.subList(0, 500) : found);
        model.addAttribute("truncated", found.size() > 500);
        Map<String, String> titles = new java.util.HashMap<>();
        Map<String, String> places = new java.util.HashMap<>();
        for (Organisation o : found) {
            if (o.industryCodes() != null) {
                codes.industryTitles(o.industryCodes()).forEach(titles::putIfAbsent);
            }
            if (o.territoryCode() != null && !places.containsKey(o.territoryCode())) {
                places.put(o.territoryCode(), codes.territoryName(o.territoryCode()));
            }
        }
        model.addAttribute("industryTitles", titles);
        model.addAttribute("territoryNames", places);
        model.addAttribute("filter", filter);
        model.addAttribute("total", repo.count(ws.id()));
        model.addAttribute("canManage", ws.can(Permission.MANAGE_INITIATIVES));
        model.addAttribute("ownOrganisation", service.ownOrganisation(ws, user).orElse(null));
        return "stakeholders/directory";
    }

    @GetMapping("/new")
    String newForm(CurrentWorkspace ws, Model model) {
        ws.require(Permission.MANAGE_INITIATIVES);
        model.addAttribute("form", OrganisationInput.empty());
        model.addAttribute("errors", Map.of());
        return "stakeholders/organisation-form";
    }

    @PostMapping
    String create(
            CurrentWorkspace ws,
            @ModelAttribute("form") OrganisationInput form,
            Model model,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_INITIATIVES);
        try {
            long id = service.create(ws, form);
            redirect.addFlashAttribute("success", "organisation.created");
            return "redirect:/w/" + ws.slug() + "/organisations/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("errorArgs", e.arguments());
            return "stakeholders/organisation-form";
        }
    }

    @GetMapping("/{id}")
    String show(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, Model model) {
        ws.require(Permission.VIEW);
        Organisation org = service.require(ws, id);
        boolean canEdit = service.canEdit(ws, user, id);
        model.addAttribute("org", org);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("canSeeContacts", service.canSeeContacts(ws, user, id));
        model.addAttribute("people", repo.peopleOf(ws.id(), List.of(id)));
        model.addAttribute("relationships", repo.relationshipsOf(ws.id(), id));
        model.addAttribute("industryTitles", industryTitles(org));
        model.addAttribute("territoryName", codes.territoryName(org.territoryCode()));
        model.addAttribute(
                "links",
                links.stream().flatMap(l -> l.linksFor(ws, user, id).stream()).toList());
        if (canEdit) {
            model.addAttribute(
                    "others",
                    repo.all(ws.id()).stream().filter(o -> o.id() != id).toList());
        }
        if (!model.containsAttribute("personErrors")) {
            model.addAttribute("personErrors", Map.of());
        }
        if (!model.containsAttribute("relationshipErrors")) {
            model.addAttribute("relationshipErrors", Map.of());
        }
        return "stakeholders/organisation";
    }

    @GetMapping("/{id}/edit")
    String editForm(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, Model model) {
        Organisation org = service.editable(ws, user, id);
        model.addAttribute("org", org);
        model.addAttribute("form", OrganisationInput.of(org));
        model.addAttribute("version", service.version(ws, id));
        model.addAttribute("errors", Map.of());
        return "stakeholders/organisation-form";
    }

    @PostMapping("/{id}")
    String update(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @ModelAttribute("form") OrganisationInput form,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        Organisation org = service.editable(ws, user, id);
        try {
            service.update(ws, user, id, form, version);
            redirect.addFlashAttribute("success", "organisation.saved");
            return "redirect:/w/" + ws.slug() + "/organisations/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("org", org);
            model.addAttribute("version", StaleEdit.versionAfter(e, version));
            model.addAttribute("errors", e.errors());
            model.addAttribute("errorArgs", e.arguments());
            return "stakeholders/organisation-form";
        }
    }

    @PostMapping("/{id}/people")
    String addPerson(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            PersonInput person,
            RedirectAttributes redirect) {
        try {
            service.addPerson(ws, user, id, person);
            redirect.addFlashAttribute("success", "person.added");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("personErrors", e.errors());
            redirect.addFlashAttribute("personForm", person);
            redirect.addFlashAttribute("error", "input.see-fields");
        }
        return "redirect:/w/" + ws.slug() + "/organisations/" + id + "#people";
    }

    @PostMapping("/{id}/people/{personId}")
    String updatePerson(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long personId,
            PersonInput person,
            RedirectAttributes redirect) {
        try {
            service.updatePerson(ws, user, id, personId, person);
            redirect.addFlashAttribute("success", "person.saved");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", "input.see-fields");
            redirect.addFlashAttribute("personErrors", e.errors());
        }
        return "redirect:/w/" + ws.slug() + "/organisations/" + id + "#people";
    }

    @PostMapping("/{id}/people/{personId}/delete")
    String deletePerson(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long personId,
            RedirectAttributes redirect) {
        try {
            service.deletePerson(ws, user, id, personId);
            redirect.addFlashAttribute("success", "person.deleted");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().values().iterator().next());
        }
        return "redirect:/w/" + ws.slug() + "/organisations/" + id + "#people";
    }

    @PostMapping("/{id}/relationships")
    String addRelationship(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            DirectoryService.RelationshipInput input,
            RedirectAttributes redirect) {
        try {
            service.addRelationship(ws, user, id, input);
            redirect.addFlashAttribute("success", "relationship.added");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("relationshipErrors", e.errors());
            redirect.addFlashAttribute("error", "input.see-fields");
        }
        return "redirect:/w/" + ws.slug() + "/organisations/" + id + "#relationships";
    }

    @PostMapping("/{id}/relationships/{relId}/delete")
    String deleteRelationship(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @PathVariable long relId,
            RedirectAttributes redirect) {
        service.deleteRelationship(ws, user, id, relId);
        redirect.addFlashAttribute("success", "relationship.deleted");
        return "redirect:/w/" + ws.slug() + "/organisations/" + id + "#relationships";
    }

    // Duplicates and merge

    @GetMapping("/duplicates")
    String duplicates(CurrentWorkspace ws, Model model) {
        ws.require(Permission.MANAGE_INITIATIVES);
        model.addAttribute("pairs", service.duplicates(ws.id()));
        return "stakeholders/duplicates";
    }

    @PostMapping("/merge")
    String merge(
            CurrentWorkspace ws,
            @RequestParam(required = false) Long kept,
            @RequestParam(required = false) Long merged,
            RedirectAttributes redirect) {
        ws.require(Permission.MANAGE_INITIATIVES);
        if (kept == null || merged == null) {
            redirect.addFlashAttribute("error", "duplicates.choose");
            return "redirect:/w/" + ws.slug() + "/organisations/duplicates";
        }
        try {
            service.merge(ws, kept, merged);
            redirect.addFlashAttribute("success", "duplicates.merged");
            return "redirect:/w/" + ws.slug() + "/organisations/" + kept;
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().values().iterator().next());
            return "redirect:/w/" + ws.slug() + "/organisations/duplicates";
        }
    }

    // Map

    @GetMapping("/map")
    String map(
            CurrentWorkspace ws,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String helix,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String territory,
            Model model) {
        ws.require(Permission.VIEW);
        model.addAttribute("filter", new DirectoryRepository.Filter(q, helix, size, sector, territory));
        return "stakeholders/map";
    }

    /** Points for the map of organisations: name, helix role (code and label), coordinates. */
    record MapPoint(long id, String name, String helix, String helixLabel, double latitude, double longitude) {}

    @GetMapping("/map.json")
    @ResponseBody
    Map<String, Object> mapData(
            CurrentWorkspace ws,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String helix,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String territory,
            java.util.Locale locale) {
        ws.require(Permission.VIEW);
        List<MapPoint> points = new ArrayList<>();
        var filter = new DirectoryRepository.Filter(q, helix, size, sector, territory);
        for (Organisation o : repo.search(ws.id(), filter, 20_000)) {
            if (o.hasCoordinates()) {
                points.add(new MapPoint(
                        o.id(),
                        o.name(),
                        o.helix().name(),
                        messages.getMessage(
                                o.helix().messageKey(), null, o.helix().name(), locale),
                        o.latitude(),
                        o.longitude()));
            }
        }
        points.sort(Comparator.comparing(MapPoint::helix));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("points", points);
        return result;
    }

    static void notFoundIf(boolean condition) {
        if (condition) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
