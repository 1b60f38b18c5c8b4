package org.clusterworks.reference.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.reference.Classifications;
import org.clusterworks.reference.IndustryCode;
import org.clusterworks.reference.IndustryLink;
import org.clusterworks.reference.SearchResult;
import org.clusterworks.reference.classification.ClassificationSchemes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Pages to browse and search the industry classifications and to see one code with its links. */
@Controller
@RequestMapping("/reference/classifications/{scheme}")
final class ClassificationPagesController {

    static final int SEARCH_LIMIT = 50;

    private final Classifications classifications;

    ClassificationPagesController(Classifications classifications) {
        this.classifications = classifications;
    }

    @GetMapping
    String browse(@PathVariable String scheme, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("scheme", scheme(scheme));
        model.addAttribute("nodes", nodes(scheme, classifications.children(scheme, null)));
        model.addAttribute("q", q);
        model.addAttribute("results", q.isBlank() ? null : results(scheme, q));
        return "reference/classification-browse";
    }

    @GetMapping("/search")
    String search(@PathVariable String scheme, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("scheme", scheme(scheme));
        model.addAttribute("results", q.isBlank() ? null : results(scheme, q));
        return "reference/fragments :: code-results";
    }

    @GetMapping("/{code}/children")
    String children(@PathVariable String scheme, @PathVariable String code, Model model) {
        model.addAttribute("scheme", scheme(scheme));
        model.addAttribute("nodes", nodes(scheme, classifications.children(scheme, code)));
        return "reference/fragments :: code-nodes";
    }

    @GetMapping("/{code}")
    String code(@PathVariable String scheme, @PathVariable String code, Model model) {
        ClassificationSchemes.Scheme known = scheme(scheme);
        IndustryCode found =
                classifications.find(scheme, code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("scheme", known);
        model.addAttribute("code", found);
        model.addAttribute("levelKey", Views.levelKey(found));
        model.addAttribute("notes", classifications.notes(scheme, found.code()).orElse(null));
        model.addAttribute(
                "ancestors",
                Views.ancestors(found.parentCode(), c -> classifications.find(scheme, c), IndustryCode::parentCode));
        model.addAttribute("nodes", nodes(scheme, classifications.children(scheme, code)));
        model.addAttribute("links", linkGroups(found));
        model.addAttribute("clusters", classifications.clusters(scheme, code));
        return "reference/classification";
    }

    private ClassificationSchemes.Scheme scheme(String id) {
        return ClassificationSchemes.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private List<Views.Node> nodes(String scheme, List<IndustryCode> codes) {
        return Views.codeNodes(
                codes,
                classifications.withChildren(
                        scheme, codes.stream().map(IndustryCode::code).toList()));
    }

    private Views.Results results(String scheme, String q) {
        SearchResult<IndustryCode> result = classifications.search(scheme, q, SEARCH_LIMIT);
        return new Views.Results(q, nodes(scheme, result.hits()), result.total());
    }

    private List<Views.LinkGroup> linkGroups(IndustryCode code) {
        Map<String, List<Views.LinkRow>> byScheme = new LinkedHashMap<>();
        for (IndustryLink link : classifications.links(code.scheme(), code.code())) {
            boolean outgoing = link.startsAt(code.scheme(), code.code());
            String otherScheme = outgoing ? link.toScheme() : link.fromScheme();
            String otherCode = outgoing ? link.toCode() : link.fromCode();
            String title = classifications
                    .find(otherScheme, otherCode)
                    .map(IndustryCode::title)
                    .orElse(null);
            byScheme.computeIfAbsent(otherScheme, s -> new ArrayList<>())
                    .add(new Views.LinkRow(
                            otherCode, title, outgoing ? link.toPartial() : link.fromPartial(), link.note()));
        }
        return byScheme.entrySet().stream()
                .map(e -> new Views.LinkGroup(
                        e.getKey(),
                        ClassificationSchemes.byId(e.getKey())
                                .map(ClassificationSchemes.Scheme::name)
                                .orElse(e.getKey()),
                        e.getValue()))
                .toList();
    }
}
