package org.clusterworks.reference.web;

import java.util.List;
import org.clusterworks.reference.Classifications;
import org.clusterworks.reference.ClusterDefinitions;
import org.clusterworks.reference.Territories;
import org.clusterworks.reference.TerritoryGeometry;
import org.clusterworks.reference.classification.ClassificationSchemes;
import org.clusterworks.reference.territory.TerritorySchemes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The reference data overview: every scheme with its size, and the sources and attributions of all of it. */
@Controller
final class ReferenceOverviewController {

    /** Attribution keys of the map geometry, in the order the sources section lists them. */
    static final List<String> MAP_ATTRIBUTIONS = List.of(
            "reference.attribution.eurogeographics",
            "reference.attribution.us-census",
            "reference.attribution.natural-earth",
            "reference.attribution.natural-earth-tz");

    private final Classifications classifications;
    private final Territories territories;
    private final ClusterDefinitions clusterDefinitions;

    ReferenceOverviewController(
            Classifications classifications, Territories territories, ClusterDefinitions clusterDefinitions) {
        this.classifications = classifications;
        this.territories = territories;
        this.clusterDefinitions = clusterDefinitions;
    }

    @GetMapping("/reference")
    String overview(Model model) {
        List<TerritoryGeometry> geometries = territories.geometries();
        model.addAttribute(
                "classificationSchemes",
                ClassificationSchemes.ALL.stream()
                        .map(s -> new Views.SchemeRow(
                                s.id(), s.name(), classifications.count(s.id()), s.sourceKey(), List.of()))
                        .toList());
        model.addAttribute(
                "territorySchemes",
                TerritorySchemes.ALL.stream()
                        .map(s -> new Views.SchemeRow(
                                s.id(),
                                s.name(),
                                territories.count(s.id()),
                                s.sourceKey(),
                                geometries.stream()
                                        .filter(g -> g.scheme().equals(s.id()))
                                        .map(TerritoryGeometry::level)
                                        .toList()))
                        .toList());
        model.addAttribute("clusterDefinitions", clusterDefinitions.platformDefinitions());
        model.addAttribute("mapAttributions", MAP_ATTRIBUTIONS);
        return "reference/overview";
    }
}
