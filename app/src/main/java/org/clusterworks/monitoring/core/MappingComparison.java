package org.clusterworks.monitoring.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.clusterworks.mapping.DatasetSummary;
import org.clusterworks.mapping.MappingCells;
import org.clusterworks.mapping.MappingDatasets;
import org.clusterworks.monitoring.logic.DifferenceInDifferences;
import org.clusterworks.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * The comparison-group helper on mapping data: one industry or cluster's employment, location quotient or regional
 * share in the supported regions against comparison regions chosen by the user, a year before and a year after, read
 * cell by cell through {@link MappingDatasets#cell} and measured by {@link DifferenceInDifferences} (each region one
 * observation per year).
 */
@Component
class MappingComparison {

    private final MappingDatasets datasets;
    private final MappingCells cells;

    MappingComparison(MappingDatasets datasets, MappingCells cells) {
        this.datasets = datasets;
        this.cells = cells;
    }

    /** The choices offered for a dataset: its years, regions and industries (of its latest year). */
    record Choices(
            List<DatasetSummary> datasets, DatasetSummary dataset, List<String> regions, List<String> industries) {}

    /** The estimate with the regions whose cell was missing in one of the two years (left out). */
    record Outcome(
            String measure,
            String before,
            String after,
            DifferenceInDifferences.Estimate estimate,
            List<String> missing) {}

    /** The datasets of the workspace and, for the chosen one (else the first), its regions and industries. */
    Choices choices(long workspaceId, String datasetId) {
        List<DatasetSummary> all = datasets.list(workspaceId);
        DatasetSummary chosen = all.stream()
                .filter(d -> datasetId != null && Long.toString(d.id()).equals(datasetId.strip()))
                .findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        if (chosen == null || chosen.years().isEmpty()) {
            return new Choices(all, chosen, List.of(), List.of());
        }
        int latest = chosen.years().stream().mapToInt(Integer::intValue).max().orElseThrow();
        return new Choices(
                all,
                chosen,
                cells.regions(workspaceId, chosen.id(), latest),
                cells.industries(workspaceId, chosen.id(), latest));
    }

    /**
     * Computes the estimate.
     *
     * @throws InvalidInput naming {@code dataset}, {@code industry}, {@code figure}, {@code supported}, {@code
     *     comparison}, {@code before} or {@code after}: an unknown choice, a region in both groups, the same year
     *     twice, or a group with fewer than two regions having both years
     */
    Outcome compute(
            long workspaceId,
            String datasetId,
            String industry,
            String figure,
            List<String> supported,
            List<String> comparison,
            String before,
            String after) {
        var errors = new InvalidInput.Collector();
        Choices c = choices(workspaceId, datasetId);
        DatasetSummary d = c.dataset();
        if (d == null || datasetId == null || !Long.toString(d.id()).equals(datasetId.strip())) {
            throw new InvalidInput(Map.of("dataset", "input.unknown-choice"));
        }
        if (industry == null || !c.industries().contains(industry.strip())) {
            errors.add("industry", "input.unknown-choice");
        }
        MappingSpec spec = MappingSpec.parse(d.id() + ":x:x:" + (figure == null ? "" : figure));
        if (spec == null) {
            errors.add("figure", "input.unknown-choice");
        }
        Set<String> t = regions("supported", supported, c.regions(), errors);
        Set<String> k = regions("comparison", comparison, c.regions(), errors);
        if (t.stream().anyMatch(k::contains)) {
            errors.add("comparison", "monitoring.did.mapping.overlap");
        }
        Integer y0 = year("before", before, d.years(), errors);
        Integer y1 = year("after", after, d.years(), errors);
        if (y0 != null && y0.equals(y1)) {
            errors.add("after", "monitoring.did.mapping.same-year");
        }
        errors.throwIfAny();
        String ind = industry.strip();
        List<String> missing = new ArrayList<>();
        List<List<Double>> groups = new ArrayList<>();
        for (Set<String> group : List.of(t, k)) {
            List<Double> b = new ArrayList<>();
            List<Double> a = new ArrayList<>();
            for (String region : group) {
                OptionalDouble v0 = value(workspaceId, d.id(), y0, region, ind, spec);
                OptionalDouble v1 = value(workspaceId, d.id(), y1, region, ind, spec);
                if (v0.isPresent() && v1.isPresent()) {
                    b.add(v0.getAsDouble());
                    a.add(v1.getAsDouble());
                } else {
                    missing.add(region);
                }
            }
            groups.add(b);
            groups.add(a);
        }
        try {
            var e = DifferenceInDifferences.of(groups.get(0), groups.get(1), groups.get(2), groups.get(3));
            return new Outcome(spec.figure() + " · " + ind, "" + y0, "" + y1, e, missing);
        } catch (IllegalArgumentException ex) {
            throw new InvalidInput(Map.of("supported", "monitoring.did.mapping.too-few"));
        }
    }

    private OptionalDouble value(long ws, long dataset, int year, String region, String industry, MappingSpec spec) {
        return datasets.cell(ws, dataset, year, region, industry).map(spec::of).orElse(OptionalDouble.empty());
    }

    private static Set<String> regions(
            String field, List<String> chosen, List<String> known, InvalidInput.Collector errors) {
        Set<String> out = new LinkedHashSet<>();
        for (String r : chosen == null ? List.<String>of() : chosen) {
            if (r != null && known.contains(r.strip())) {
                out.add(r.strip());
            } else {
                errors.add(field, "input.unknown-choice");
                return out;
            }
        }
        if (out.size() < 2) {
            errors.add(field, "monitoring.did.mapping.two-regions");
        }
        return out;
    }

    private static Integer year(String field, String text, List<Integer> years, InvalidInput.Collector errors) {
        Integer y = text != null && text.strip().matches("\\d{4}") ? Integer.valueOf(text.strip()) : null;
        if (y == null || !years.contains(y)) {
            errors.add(field, "input.unknown-choice");
            return null;
        }
        return y;
    }
}
