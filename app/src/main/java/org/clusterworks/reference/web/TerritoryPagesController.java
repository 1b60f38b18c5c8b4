package org.clusterworks.reference.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.reference.SearchResult;
import org.clusterworks.reference.Territories;
import org.clusterworks.reference.Territory;
import org.clusterworks.reference.TerritoryGeometry;
import org.clusterworks.reference.territory.TerritorySchemes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Pages to browse and search the territorial schemes and to see one territory on a small map. */
@Controller
@RequestMapping("/reference/territories/{scheme}")
final class TerritoryPagesController {

    private final Territories territories;

    TerritoryPagesController(Territories territories) {
        this.territories = territories;
    }

    @GetMapping
    String browse(@PathVariable String scheme, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("scheme", scheme(scheme));
        model.addAttribute("nodes", nodes(scheme, territories.children(scheme, null)));
        model.addAttribute("q", q);
        model.addAttribute("results", q.isBlank() ? null : results(scheme, q));
        return "reference/territory-browse";
    }

    @GetMapping("/search")
    String search(@PathVariable String scheme, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("scheme", scheme(scheme));
        model.addAttribute("results", q.isBlank() ? null : results(scheme, q));
        return "reference/fragments :: territory-results";
    }

    @GetMapping("/{code}/children")
    String children(@PathVariable String scheme, @PathVariable String code, Model model) {
        model.addAttribute("scheme", scheme(scheme));
        model.addAttribute("nodes", nodes(scheme, territories.children(scheme, code)));
        return "reference/fragments :: territory-nodes";
    }

    @GetMapping("/{code}")
    String territory(@PathVariable String scheme, @PathVariable String code, Model model) {
        TerritorySchemes.Scheme known = scheme(scheme);
        Territory found =
                territories.find(scheme, code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("scheme", known);
        model.addAttribute("territory", found);
        model.addAttribute("levelKey", Views.levelKey(found));
        model.addAttribute(
                "ancestors",
                Views.ancestors(found.parentCode(), c -> territories.find(scheme, c), Territory::parentCode));
        model.addAttribute("nodes", nodes(scheme, territories.children(scheme, code)));
        model.addAttribute("map", map(found).orElse(null));
        model.addAttribute("subdivisions", subdivisions(found));
        return "reference/territory";
    }

    private TerritorySchemes.Scheme scheme(String id) {
        return TerritorySchemes.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private List<Views.Node> nodes(String scheme, List<Territory> list) {
        return Views.territoryNodes(
                list,
                territories.withChildren(
                        scheme, list.stream().map(Territory::code).toList()));
    }

    private Views.Results results(String scheme, String q) {
        SearchResult<Territory> result = territories.search(scheme, q, ClassificationPagesController.SEARCH_LIMIT);
        return new Views.Results(q, nodes(scheme, result.hits()), result.total());
    }

    /** For a country, the other schemes that divide it, each with its top-level entries. */
    private Map<String, List<Territory>> subdivisions(Territory territory) {
        if (!TerritorySchemes.ISO3166.equals(territory.scheme())) {
            return Map.of();
        }
        Map<String, List<Territory>> byScheme = new LinkedHashMap<>();
        for (Territory top : territories.topLevelIn(territory.code())) {
            byScheme.computeIfAbsent(top.scheme(), s -> new ArrayList<>()).add(top);
        }
        return byScheme;
    }

    private Optional<Views.MapView> map(Territory territory) {
        Optional<TerritoryGeometry> geometry = territories.geometry(territory.scheme(), territory.level());
        return geometry.flatMap(g -> {
            String key = "numeric".equals(g.joinOn()) ? territory.numericCode() : territory.code();
            return Optional.ofNullable(key)
                    .map(k ->
                            new Views.MapView(g.path(), g.featureProperty(), k, territory.name(), g.attributionKey()));
        });
    }
}
