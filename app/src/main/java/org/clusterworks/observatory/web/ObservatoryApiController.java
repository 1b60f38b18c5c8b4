package org.clusterworks.observatory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusterworks.observatory.core.Dimension;
import org.clusterworks.observatory.core.Level;
import org.clusterworks.observatory.core.ObservatoryService;
import org.clusterworks.observatory.core.ProgrammeWave;
import org.clusterworks.observatory.core.Statistic;
import org.clusterworks.observatory.core.Statistics;
import org.clusterworks.shared.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read access to the observatory: programmes with filters, one programme, statistics per dimension. */
@RestController
@RequestMapping("/api/v1/observatory")
@Tag(name = "Observatory", description = "Cluster programmes database, answers with provenance, statistics")
final class ObservatoryApiController {

    static final int MAX_PAGE = 1000;

    private final ObservatoryService service;
    private final Statistics statistics;
    private final Filters filters;

    ObservatoryApiController(ObservatoryService service, Statistics statistics, Filters filters) {
        this.service = service;
        this.statistics = statistics;
        this.filters = filters;
    }

    /** One programme with its values per wave and its answers (labels in English, as the taxonomy gives them). */
    record ApiProgramme(
            long id,
            String key,
            String level,
            String country,
            String region,
            String nuts,
            String name,
            String responsibleBody,
            String url,
            String source,
            List<ApiWave> waves,
            List<ApiAnswer> answers) {}

    record ApiWave(
            String wave,
            String duration,
            Integer startYear,
            Integer endYear,
            String budget,
            BigDecimal budgetEur,
            String budgetBasis,
            String sectoralFocus,
            String other,
            String source) {}

    record ApiAnswer(
            String wave,
            String dimension,
            String item,
            String label,
            String rating,
            boolean other,
            boolean perRegion,
            String source) {}

    record Page(int total, int page, int size, List<ApiProgramme> programmes) {}

    /** One item's count; {@code published} is the count the source document states, where it states one. */
    record ApiCount(String label, String code, int count, int answers, Integer published) {}

    @GetMapping("/programmes")
    @Operation(summary = "Programmes matching every filter; all of them, or pages of `size` (up to 1000)")
    Page programmes(
            @Parameter(description = "national, regional or international") @RequestParam(required = false)
                    String level,
            @Parameter(description = "ISO 3166 alpha-2 code, e.g. FR") @RequestParam(required = false) String country,
            @Parameter(description = "objective code, e.g. internationalisation") @RequestParam(required = false)
                    String objective,
            @RequestParam(required = false) String clusterType,
            @RequestParam(required = false) String measure,
            @RequestParam(required = false) String targetGroup,
            @RequestParam(required = false) String budgetMin,
            @RequestParam(required = false) String budgetMax,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer size,
            @RequestParam(defaultValue = "0") int page) {
        if (size != null && (size < 1 || size > MAX_PAGE)) {
            throw new InvalidInput(Map.of("size", "observatory.api.error.size"));
        }
        if (page < 0) {
            throw new InvalidInput(Map.of("page", "observatory.api.error.page"));
        }
        var params = new Filters.Params(
                level,
                country == null ? null : country.toUpperCase(Locale.ROOT),
                null,
                objective,
                clusterType,
                measure,
                targetGroup,
                budgetMin,
                budgetMax,
                year,
                q);
        var all = service.list(filters.query(params));
        int from = size == null ? 0 : Math.min(all.size(), page * size);
        int to = size == null ? all.size() : Math.min(all.size(), from + size);
        List<ApiProgramme> out = new ArrayList<>();
        for (var l : all.subList(from, to)) {
            out.add(api(l.programme().id()));
        }
        return new Page(all.size(), page, size == null ? all.size() : size, out);
    }

    @GetMapping("/programmes/{id}")
    @Operation(summary = "One programme with its values per wave and every answer with its provenance")
    ApiProgramme programme(@PathVariable long id) {
        return api(id);
    }

    private ApiProgramme api(long id) {
        var d = service.detail(id, Locale.ENGLISH).orElseThrow(() -> notFound("programme", Long.toString(id)));
        var p = d.programme();
        List<ApiWave> waves = new ArrayList<>();
        for (ProgrammeWave w : d.waves()) {
            waves.add(new ApiWave(
                    w.waveCode(),
                    w.duration(),
                    w.startYear(),
                    w.endYear(),
                    w.budgetText(),
                    w.budgetEur(),
                    w.budgetBasis(),
                    w.sectoralFocus(),
                    w.otherText(),
                    w.source()));
        }
        List<ApiAnswer> answers = new ArrayList<>();
        d.answers()
                .forEach((wave, byDim) -> byDim.forEach((dim, list) -> list.forEach(a -> answers.add(new ApiAnswer(
                        wave, dim.slug(), a.code(), a.text(), a.rating(), a.other(), a.perRegion(), a.source())))));
        return new ApiProgramme(
                p.id(),
                p.key(),
                p.level().id(),
                p.country(),
                p.regionName(),
                p.nutsCode(),
                p.name(),
                p.responsibleBody(),
                p.url(),
                p.source(),
                waves,
                answers);
    }

    @GetMapping("/statistics/{dimension}")
    @Operation(
            summary = "How many answers selected each item of a dimension (objectives, cluster-types, target-groups,"
                    + " measures, funding-sources, support-wanted, ...) at a level in a wave")
    List<ApiCount> statistics(
            @PathVariable String dimension,
            @RequestParam(defaultValue = "national") String level,
            @RequestParam(required = false) String wave) {
        Dimension d = Dimension.bySlug(dimension).orElseThrow(() -> notFound("dimension", dimension));
        Level l;
        try {
            l = Level.parse(level);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(Map.of("level", "observatory.filter.error.level"));
        }
        if (wave != null && !wave.isBlank() && service.repository().wave(wave).isEmpty()) {
            throw notFound("wave", wave);
        }
        Statistic s = statistics.compute(d, l == null ? Level.NATIONAL : l, wave, Locale.ENGLISH);
        return s.rows().stream()
                .map(r -> new ApiCount(r.label(), r.code(), r.count(), s.answers(), s.publishedCount(r.code())))
                .toList();
    }

    @GetMapping("/waves")
    @Operation(summary = "The survey waves and source documents the answers come from")
    List<Map<String, Object>> waves() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (var w : service.repository().waves()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", w.code());
            m.put("year", w.year());
            m.put("level", w.level());
            m.put("title", w.title());
            m.put("source", w.source());
            out.add(m);
        }
        return out;
    }

    private static ErrorResponseException notFound(String kind, String value) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no " + kind + " '" + value + "'.");
        problem.setTitle("Unknown " + kind);
        problem.setType(URI.create("urn:clusterworks:problem:observatory:unknown-" + kind));
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
