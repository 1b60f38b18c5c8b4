package org.clusterworks.mapping.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.mapping.analysis.CacheWarmer;
import org.clusterworks.mapping.analysis.MappingAnalysis;
import org.clusterworks.mapping.dataset.Dataset;
import org.clusterworks.mapping.dataset.DatasetStore;
import org.clusterworks.mapping.dataset.DatasetVersion;
import org.clusterworks.mapping.importing.ColumnMapping;
import org.clusterworks.mapping.importing.ImportProblem;
import org.clusterworks.mapping.importing.ImportRejected;
import org.clusterworks.mapping.importing.ImportService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Datasets of a workspace and the cluster strength computed from them. */
@RestController
@RequestMapping("/api/v1/workspaces/{workspace}/datasets")
@Tag(name = "Mapping datasets", description = "Import region x industry x year statistics and compute cluster strength")
class MappingApiController {

    private final ImportService imports;
    private final DatasetStore store;
    private final MappingAnalysis analysis;
    private final Uploads uploads;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final CacheWarmer warmer;

    MappingApiController(
            ImportService imports,
            DatasetStore store,
            MappingAnalysis analysis,
            Uploads uploads,
            JsonMapper json,
            ApplicationEventPublisher events,
            CacheWarmer warmer) {
        this.warmer = warmer;
        this.imports = imports;
        this.store = store;
        this.analysis = analysis;
        this.uploads = uploads;
        this.json = json;
        this.events = events;
    }

    /** A dataset as the API lists it. */
    record DatasetView(
            long id,
            String name,
            String description,
            String source,
            String licence,
            String regionScheme,
            String industryScheme,
            int version,
            long rows,
            List<Integer> years,
            List<String> measures,
            int regions,
            int industries,
            boolean referenceTotals) {

        static DatasetView of(Dataset d) {
            return new DatasetView(
                    d.id(),
                    d.name(),
                    d.description(),
                    d.source(),
                    d.licence(),
                    d.regionScheme(),
                    d.industryScheme(),
                    d.version(),
                    d.rowCount(),
                    d.years(),
                    d.measures(),
                    d.regionCount(),
                    d.industryCount(),
                    d.hasReference());
        }
    }

    /** A dataset with its versions. */
    record DatasetDetail(DatasetView dataset, List<DatasetVersion> versions) {}

    /** The result of an import. */
    record Created(
            long id,
            int version,
            int rows,
            long skippedRows,
            long imputedCells,
            boolean referenceTotals,
            long millis) {}

    /** One region x cluster of the U.S. Cluster Mapping strength computation. */
    record StrengthRow(
            int year,
            String region,
            String cluster,
            String type,
            Double employment,
            Double establishments,
            Double lq,
            boolean qualifying,
            boolean significant,
            boolean strong,
            boolean strong10) {}

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import a CSV or XLSX file in long form as a new dataset (or a new version of one)",
            description = "All-or-nothing: a file with any bad row is refused with 422 and every problem listed "
                    + "(row, column, message); nothing is stored. The mapping JSON names the dataset, the schemes "
                    + "and the columns, e.g. {\"name\":\"US states 2016\",\"regionScheme\":\"us-fips\","
                    + "\"industryScheme\":\"us-benchmark-clusters\",\"columns\":{\"region\":\"state_fips\","
                    + "\"industry\":\"cluster_code\",\"year\":\"year\",\"employment\":\"employment\","
                    + "\"establishments\":\"establishments\"}}. Optional keys: description, source, licence, "
                    + "referenceRegion, keep, industryCodes, suppression, datasetId (replace).")
    @ApiResponse(responseCode = "201", description = "Stored")
    @ApiResponse(
            responseCode = "422",
            description = "Bad file or mapping; nothing stored",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<Created> create(
            CurrentWorkspace workspace,
            AuthenticatedUser user,
            @RequestPart("file") MultipartFile file,
            @RequestPart("mapping") @Parameter(schema = @Schema(type = "string")) String mapping,
            @RequestPart(name = "reference", required = false) MultipartFile reference)
            throws IOException {
        workspace.require(Permission.ANALYSE);
        ColumnMapping m;
        try {
            m = ColumnMapping.fromJson(json, mapping);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new ImportRejected(
                    List.of(new ImportProblem(0, "mapping", "mapping is not valid JSON: " + e.getMessage())), 1);
        }
        String token = uploads.save(file);
        String refToken = reference == null || reference.isEmpty() ? null : uploads.save(reference);
        try {
            ImportService.Result r = imports.importFile(
                    workspace.id(),
                    user.username(),
                    uploads.path(token),
                    file.getOriginalFilename() == null ? token : file.getOriginalFilename(),
                    m,
                    refToken == null ? null : uploads.path(refToken),
                    reference == null ? null : reference.getOriginalFilename(),
                    ImportService.Progress.NONE);
            warmer.warm(workspace.id(), r.datasetId());
            return ResponseEntity.created(
                            URI.create("/api/v1/workspaces/" + workspace.slug() + "/datasets/" + r.datasetId()))
                    .body(new Created(
                            r.datasetId(),
                            r.version(),
                            r.rows(),
                            r.skipped(),
                            r.imputed(),
                            r.reference(),
                            r.parseMillis() + r.storeMillis()));
        } finally {
            Files.deleteIfExists(uploads.path(token));
            if (refToken != null) {
                Files.deleteIfExists(uploads.path(refToken));
            }
        }
    }

    @GetMapping
    @Operation(summary = "The workspace's datasets with their current version, years and schemes")
    List<DatasetView> list(CurrentWorkspace workspace) {
        return store.list(workspace.id()).stream().map(DatasetView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One dataset with all its versions")
    DatasetDetail get(CurrentWorkspace workspace, @PathVariable long id) {
        Dataset d = dataset(workspace, id);
        return new DatasetDetail(DatasetView.of(d), store.versions(workspace.id(), id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a dataset with all its versions")
    ResponseEntity<Void> delete(CurrentWorkspace workspace, @PathVariable long id) {
        workspace.require(Permission.ANALYSE);
        Dataset d = dataset(workspace, id);
        store.delete(workspace.id(), id);
        events.publishEvent(new AuditEvent(
                workspace.id(),
                AuditEvent.Action.DELETED,
                "dataset",
                Long.toString(id),
                "Dataset '" + d.name() + "' deleted"));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/strength")
    @Operation(
            summary = "Cluster strength by the U.S. Cluster Mapping rules, one object per region x cluster",
            description = "LQ on the traded (or local) denominator, using the dataset's reference-area totals when "
                    + "it has them; flags qualifying, significant, strong and strong10 for traded clusters (false "
                    + "for local ones). Same numbers as the command line's strength command.")
    List<StrengthRow> strength(
            CurrentWorkspace workspace,
            @PathVariable long id,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @Parameter(description = "version number; default the current one")
                    Integer version) {
        Dataset d = version == null
                ? dataset(workspace, id)
                : store.atVersion(workspace.id(), id, version)
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int y = year == null ? analysis.latestYear(d).orElseThrow() : year;
        if (!d.years().contains(y)) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "the dataset has no year " + y + "; it has " + d.years());
        }
        MappingAnalysis.Result r = analysis.analyse(workspace.id(), d, y, MappingAnalysis.US);
        return java.util.stream.IntStream.range(0, r.cells().length)
                .filter(k -> r.present()[k])
                .mapToObj(k -> r.cells()[k])
                .map(c -> new StrengthRow(
                        y,
                        c.region(),
                        c.industry(),
                        c.traded() ? "traded" : "local",
                        num(c.employment()),
                        num(c.establishments()),
                        num(c.lq()),
                        c.qualifying(),
                        c.significant(),
                        c.strong(),
                        c.strong10()))
                .toList();
    }

    /** One region x subcluster, from the dataset's industries added up through its cluster definition. */
    record SubclusterRow(
            String region,
            String cluster,
            String subcluster,
            String name,
            String type,
            Double employment,
            Double establishments,
            Double lq,
            Double clusterShare,
            Double regionShare,
            Double referenceShare,
            Double growth) {}

    /**
     * The subcluster figures of a dataset year, with the industry codes the definition does not know (code: stored
     * rows, all years) and their employment in the year.
     */
    record Subclusters(
            long dataset,
            int year,
            Integer baseYear,
            String definition,
            boolean referenceTotals,
            Map<String, Integer> unknownIndustryCodes,
            double unknownEmployment,
            List<SubclusterRow> subclusters) {}

    @GetMapping("/{id}/subclusters")
    @Operation(
            summary = "Subcluster employment, LQ, shares and growth, one object per region x subcluster",
            description = "For a dataset coded in industries (e.g. NAICS) that a cluster definition with subclusters "
                    + "maps: industries are added up to subclusters by the analytics engine; LQ on the traded or "
                    + "local denominator with the dataset's reference totals when present; clusterShare = share of "
                    + "the cluster's employment in the region; shares and growth in fractions. Industry codes the "
                    + "definition does not know are listed, not silently dropped. 404 when no such definition "
                    + "applies.")
    Subclusters subclusters(
            CurrentWorkspace workspace,
            @PathVariable long id,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @Parameter(description = "only this cluster's subclusters") String cluster,
            @RequestParam(required = false) @Parameter(description = "only this region") String region) {
        Dataset d = dataset(workspace, id);
        int y = year == null ? analysis.latestYear(d).orElseThrow() : year;
        if (!d.years().contains(y)) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "the dataset has no year " + y + "; it has " + d.years());
        }
        var applied = analysis.rollUp(workspace.id(), d)
                .filter(org.clusterworks.mapping.analysis.RollUps.Applied::hasSubclusters)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "no cluster definition with subclusters applies to the industry scheme " + d.industryScheme()));
        MappingAnalysis.Result r = analysis.analyse(
                workspace.id(), d, y, MappingAnalysis.US, org.clusterworks.mapping.analysis.RollUps.Level.SUBCLUSTER);
        Map<String, String> names = analysis.industryNames(workspace.id(), r);
        int n = r.industries().size();
        String[] clusterOf = new String[n];
        for (int i = 0; i < n; i++) {
            clusterOf[i] = org.clusterworks.analytics.classification.ClusterDefinition.clusterOfSubcluster(
                    r.industries().get(i));
        }
        List<SubclusterRow> rows = new java.util.ArrayList<>();
        for (int ri = 0; ri < r.regions().size(); ri++) {
            if (region != null && !region.equals(r.regions().get(ri))) {
                continue;
            }
            Map<String, Double> clusterTotals = new java.util.HashMap<>();
            for (int i = 0; i < n; i++) {
                clusterTotals.merge(clusterOf[i], r.cell(ri, i).employment(), Double::sum);
            }
            for (int i = 0; i < n; i++) {
                MappingAnalysis.Cell c = r.cell(ri, i);
                if (!r.present()[ri * n + i] || (cluster != null && !cluster.equals(clusterOf[i]))) {
                    continue;
                }
                double total = clusterTotals.get(clusterOf[i]);
                rows.add(new SubclusterRow(
                        c.region(),
                        clusterOf[i],
                        c.industry().substring(clusterOf[i].length() + 1),
                        names.get(c.industry()),
                        c.traded() ? "traded" : "local",
                        num(c.employment()),
                        num(c.establishments()),
                        num(c.lq()),
                        total > 0 ? c.employment() / total : null,
                        num(c.regionShare()),
                        num(c.referenceShare()),
                        num(c.growth())));
            }
        }
        return new Subclusters(
                d.id(),
                y,
                r.baseYear() > 0 ? r.baseYear() : null,
                applied.definition().code(),
                r.usedReference(),
                r.unknownCodes(),
                r.unknownEmployment(),
                rows);
    }

    private static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private Dataset dataset(CurrentWorkspace workspace, long id) {
        return store.find(workspace.id(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @ExceptionHandler(ImportRejected.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejected e) {
        return problem(e);
    }

    /** 422 problem+json listing every problem of a refused file as {@code {row, column, message}}. */
    static ResponseEntity<ProblemDetail> problem(ImportRejected e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        p.setTitle("The file was not imported");
        p.setProperty(
                "errors",
                e.problems().stream()
                        .map(x -> Map.of("row", x.row(), "column", x.column(), "message", x.message()))
                        .toList());
        p.setProperty("errorCount", e.total());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }
}
