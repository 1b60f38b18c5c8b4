package org.clusterworks.mapping.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.mapping.dataset.ClusterDefinitions;
import org.clusterworks.mapping.dataset.Schemes;
import org.clusterworks.mapping.importing.DefinitionTable;
import org.clusterworks.mapping.importing.ImportProblem;
import org.clusterworks.mapping.importing.ImportRejected;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** Cluster definitions a workspace can code datasets in: the shipped U.S. benchmark clusters and its own. */
@RestController
@RequestMapping("/api/v1/workspaces/{workspace}/cluster-definitions")
@Tag(name = "Cluster definitions", description = "Industry-to-cluster tables: the shipped ones and a workspace's own")
class DefinitionApiController {

    private final ClusterDefinitions definitions;
    private final Schemes schemes;
    private final Uploads uploads;
    private final ApplicationEventPublisher events;

    DefinitionApiController(
            ClusterDefinitions definitions, Schemes schemes, Uploads uploads, ApplicationEventPublisher events) {
        this.definitions = definitions;
        this.schemes = schemes;
        this.uploads = uploads;
        this.events = events;
    }

    /** One cluster of a definition with its subclusters (each with its industry codes). */
    record ClusterView(String code, String name, String type, List<ClusterDefinitions.Subcluster> subclusters) {}

    /** A definition: its clusters and the cluster of each industry code. */
    record DefinitionView(
            String code,
            String name,
            String baseScheme,
            boolean shipped,
            List<ClusterView> clusters,
            Map<String, String> industries) {}

    @GetMapping
    @Operation(summary = "The cluster definitions the workspace can use (shipped ones first)")
    List<Map<String, Object>> list(CurrentWorkspace workspace) {
        return definitions.list(workspace.id());
    }

    @GetMapping("/{code}")
    @Operation(summary = "One cluster definition: clusters, subclusters, and the cluster of each industry code")
    DefinitionView get(CurrentWorkspace workspace, @PathVariable String code) {
        ClusterDefinitions.Definition d = definitions
                .find(workspace.id(), code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<ClusterView> clusters = new ArrayList<>();
        d.clusters()
                .values()
                .forEach(c -> clusters.add(new ClusterView(
                        c.code(),
                        c.name(),
                        c.traded() ? "traded" : "local",
                        d.subclusters().getOrDefault(c.code(), List.of()))));
        return new DefinitionView(
                d.code(),
                d.name(),
                d.baseScheme(),
                ClusterDefinitions.US_BENCHMARK.equals(d.code()),
                clusters,
                d.industries());
    }

    @PutMapping("/{code}")
    @Operation(
            summary = "Store or replace the workspace's own definition from an industry-to-cluster table",
            description = "Multipart: file (CSV or XLSX with industry_code, cluster_code, optional cluster_name and "
                    + "cluster_type traded|local), name, baseScheme (a classification such as naics-2012, or free). "
                    + "All or nothing: a bad file gives 422 problem+json with errors [{row, column, message}].")
    ResponseEntity<Map<String, Object>> put(
            CurrentWorkspace workspace,
            @PathVariable String code,
            @RequestPart("file") MultipartFile file,
            @RequestParam String name,
            @RequestParam String baseScheme)
            throws IOException {
        workspace.require(Permission.ANALYSE);
        List<ImportProblem> problems = new ArrayList<>();
        if (!code.matches("[a-z0-9][a-z0-9-]{1,62}") || ClusterDefinitions.US_BENCHMARK.equals(code)) {
            problems.add(new ImportProblem(
                    0, "code", "the code must be 2-63 lower-case letters, digits or hyphens, not a shipped one"));
        }
        if (name.isBlank() || name.length() > 200) {
            problems.add(new ImportProblem(0, "name", "the name must have 1-200 characters"));
        }
        boolean knownScheme = Schemes.FREE.equals(baseScheme)
                || (schemes.isIndustryScheme(workspace.id(), baseScheme)
                        && !schemes.isClusterScheme(workspace.id(), baseScheme));
        if (!knownScheme) {
            problems.add(new ImportProblem(0, "baseScheme", "unknown classification '" + baseScheme + "'"));
        }
        String token = uploads.save(file);
        DefinitionTable.Parsed parsed;
        try {
            parsed = DefinitionTable.read(
                    uploads.path(token), file.getOriginalFilename() == null ? token : file.getOriginalFilename());
        } catch (IOException e) {
            parsed = new DefinitionTable.Parsed(
                    List.of(), Map.of(), "", List.of(new ImportProblem(0, "file", e.getMessage())));
        } finally {
            Files.deleteIfExists(uploads.path(token));
        }
        problems.addAll(parsed.problems());
        if (knownScheme) {
            Set<String> unknown = schemes.unknownIndustries(
                    workspace.id(), baseScheme, parsed.rowOfIndustry().keySet());
            for (Map.Entry<String, Long> e : parsed.rowOfIndustry().entrySet()) {
                if (unknown.contains(e.getKey())) {
                    problems.add(new ImportProblem(
                            e.getValue(),
                            parsed.industryColumn(),
                            "unknown industry code '" + e.getKey() + "' in " + baseScheme));
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingLong(ImportProblem::row));
            throw new ImportRejected(problems.subList(0, Math.min(1000, problems.size())), problems.size());
        }
        boolean existed = definitions.find(workspace.id(), code).isPresent();
        definitions.save(workspace.id(), code, name.strip(), baseScheme, parsed.items());
        events.publishEvent(new AuditEvent(
                workspace.id(),
                existed ? AuditEvent.Action.CHANGED : AuditEvent.Action.CREATED,
                "cluster-definition",
                code,
                "Cluster definition '" + name.strip() + "': " + parsed.items().size() + " industry codes"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", code);
        out.put("industries", parsed.items().size());
        out.put(
                "clusters",
                parsed.items().stream()
                        .map(ClusterDefinitions.Item::clusterCode)
                        .distinct()
                        .count());
        return ResponseEntity.status(existed ? HttpStatus.OK : HttpStatus.CREATED)
                .location(
                        java.net.URI.create("/api/v1/workspaces/" + workspace.slug() + "/cluster-definitions/" + code))
                .body(out);
    }

    @ExceptionHandler(ImportRejected.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejected e) {
        return MappingApiController.problem(e);
    }
}
