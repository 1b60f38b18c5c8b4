package org.clusterworks.reference.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.clusterworks.reference.Classifications;
import org.clusterworks.reference.IndustryCode;
import org.clusterworks.reference.SearchResult;
import org.clusterworks.reference.classification.ClassificationSchemes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST access to the industry classifications: codes with hierarchy, concordances and clusters, and search. */
@RestController
@RequestMapping("/api/v1/classifications")
@Tag(name = "Classifications", description = "Industry classifications (NACE Rev. 2, ISIC Rev. 4, NAICS)")
final class ClassificationApiController {

    static final int MAX_LIMIT = 500;
    private static final String KIND = "classification";

    private final Classifications classifications;

    ClassificationApiController(Classifications classifications) {
        this.classifications = classifications;
    }

    @GetMapping
    @Operation(summary = "List the classifications and how many codes each has")
    List<ApiModels.SchemeSummary> schemes() {
        return ClassificationSchemes.ALL.stream()
                .map(s -> new ApiModels.SchemeSummary(s.id(), s.name(), classifications.count(s.id())))
                .toList();
    }

    @GetMapping("/{scheme}/codes/{code}")
    @Operation(
            summary = "One code with its parent, explanatory notes, children, concordances and clusters",
            responses = {
                @ApiResponse(responseCode = "200", description = "The code"),
                @ApiResponse(responseCode = "404", description = "Unknown scheme or code (problem+json)")
            })
    ApiModels.CodeDetail code(
            @Parameter(description = "nace-rev2, isic-rev4, naics-2012, naics-2017 or naics-2022") @PathVariable
                    String scheme,
            @Parameter(description = "The code as the classification writes it, e.g. 62.01, 6201, 541511") @PathVariable
                    String code) {
        requireScheme(scheme);
        IndustryCode found =
                classifications.find(scheme, code).orElseThrow(() -> ReferenceProblems.unknownCode(KIND, scheme, code));
        return new ApiModels.CodeDetail(
                scheme,
                found.code(),
                found.title(),
                found.level(),
                found.parentCode(),
                classifications.notes(scheme, found.code()).orElse(null),
                classifications.children(scheme, code).stream()
                        .map(IndustryCode::code)
                        .toList(),
                classifications.links(scheme, code).stream()
                        .map(link -> ApiModels.Link.from(link, scheme, code))
                        .toList(),
                classifications.clusters(scheme, code));
    }

    @GetMapping("/{scheme}/search")
    @Operation(
            summary = "Codes whose code starts with q or whose title and explanatory notes contain every word of q,"
                    + " best first (title matches before note-only matches)")
    ApiModels.SearchPage<ApiModels.CodeSummary> search(
            @PathVariable String scheme,
            @Parameter(description = "A code prefix or words of the title or notes") @RequestParam(defaultValue = "")
                    String q,
            @Parameter(description = "At most this many hits (1-500)") @RequestParam(defaultValue = "50") int limit) {
        requireScheme(scheme);
        int bounded = Math.clamp(limit, 1, MAX_LIMIT);
        SearchResult<IndustryCode> result = classifications.search(scheme, q, bounded);
        return new ApiModels.SearchPage<>(
                scheme,
                q,
                result.total(),
                bounded,
                result.hits().stream().map(ApiModels.CodeSummary::from).toList());
    }

    private void requireScheme(String scheme) {
        if (!classifications.isKnownScheme(scheme)) {
            throw ReferenceProblems.unknownScheme(KIND, scheme);
        }
    }
}
