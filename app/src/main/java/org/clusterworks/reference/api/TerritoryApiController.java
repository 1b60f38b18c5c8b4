package org.clusterworks.reference.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.clusterworks.reference.SearchResult;
import org.clusterworks.reference.Territories;
import org.clusterworks.reference.Territory;
import org.clusterworks.reference.territory.TerritorySchemes;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST access to the territorial schemes: territories with hierarchy and map geometry, and search. */
@RestController
@RequestMapping("/api/v1/territories")
@Tag(name = "Territories", description = "Countries, NUTS regions, US states and counties, Tanzania's regions")
final class TerritoryApiController {

    private static final String KIND = "territory";

    private final Territories territories;
    private final MessageSource messages;

    TerritoryApiController(Territories territories, MessageSource messages) {
        this.territories = territories;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "List the territorial schemes and how many territories each has")
    List<ApiModels.SchemeSummary> schemes() {
        return TerritorySchemes.ALL.stream()
                .map(s -> new ApiModels.SchemeSummary(s.id(), s.name(), territories.count(s.id())))
                .toList();
    }

    @GetMapping("/{scheme}/{code}")
    @Operation(
            summary =
                    "One territory with its parent, children and where it is drawn (GeoJSON file, feature key, attribution)",
            responses = {
                @ApiResponse(responseCode = "200", description = "The territory"),
                @ApiResponse(responseCode = "404", description = "Unknown scheme or code (problem+json)")
            })
    ApiModels.TerritoryDetail territory(
            @Parameter(description = "iso3166, nuts-2016, nuts-2021, nuts-2024, us-fips or tz-regions") @PathVariable
                    String scheme,
            @Parameter(description = "The code, e.g. DE21, 06037, TZ-02, TZ") @PathVariable String code) {
        requireScheme(scheme);
        Territory found =
                territories.find(scheme, code).orElseThrow(() -> ReferenceProblems.unknownCode(KIND, scheme, code));
        return new ApiModels.TerritoryDetail(
                scheme,
                found.code(),
                found.name(),
                found.level(),
                found.parentCode(),
                found.countryCode(),
                found.alpha3(),
                found.numericCode(),
                territories.children(scheme, code).stream().map(Territory::code).toList(),
                territories
                        .geometry(scheme, found.level())
                        .map(g -> new ApiModels.Geometry(
                                g.path(),
                                g.featureProperty(),
                                "numeric".equals(g.joinOn()) ? found.numericCode() : found.code(),
                                messages.getMessage(g.attributionKey(), null, Locale.ENGLISH)))
                        .orElse(null));
    }

    @GetMapping("/{scheme}/search")
    @Operation(summary = "Territories whose code starts with q or whose name contains every word of q, best first")
    ApiModels.SearchPage<ApiModels.TerritorySummary> search(
            @PathVariable String scheme,
            @Parameter(description = "A code prefix or words of the name (accents optional)")
                    @RequestParam(defaultValue = "")
                    String q,
            @Parameter(description = "At most this many hits (1-500)") @RequestParam(defaultValue = "50") int limit) {
        requireScheme(scheme);
        int bounded = Math.clamp(limit, 1, ClassificationApiController.MAX_LIMIT);
        SearchResult<Territory> result = territories.search(scheme, q, bounded);
        return new ApiModels.SearchPage<>(
                scheme,
                q,
                result.total(),
                bounded,
                result.hits().stream().map(ApiModels.TerritorySummary::from).toList());
    }

    private void requireScheme(String scheme) {
        if (!territories.isKnownScheme(scheme)) {
            throw ReferenceProblems.unknownScheme(KIND, scheme);
        }
    }
}
