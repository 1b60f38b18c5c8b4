package org.clusterworks.learning.practice;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.clusterworks.learning.content.Grader;
import org.clusterworks.mapping.CellFigures;
import org.clusterworks.mapping.DatasetSummary;
import org.clusterworks.mapping.LqBreakdown;
import org.clusterworks.mapping.MappingCells;
import org.clusterworks.mapping.MappingDatasets;
import org.clusterworks.shared.FormFields;
import org.clusterworks.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * The location-quotient exercise on a workspace's own mapping dataset: one (region, industry, year) cell, the four
 * figures of {@code LQ = (e_ri / e_r) / (e_i / e)} (Florence 1939) and the engine's value to check the learner's.
 */
@Component
class LqPractice {

    /** How far the learner's LQ may be from the engine's and still count as right. */
    static final double TOLERANCE = 0.01;

    /** The LQ above which a region counts as specialised in the industry (more concentrated than the reference). */
    static final double SPECIALISED_ABOVE = 1.0;

    /** A cell of a dataset with its figures, and the display names of its regions and industries. */
    public record Cell(
            DatasetSummary dataset,
            int year,
            List<String> regions,
            List<String> industries,
            LqBreakdown figures,
            Map<String, String> regionNames,
            Map<String, String> industryNames) {

        /** The region's name, or its code when it has none. */
        public String regionName(String code) {
            return regionNames.getOrDefault(code, code);
        }

        /** The industry's or cluster's name, or its code when it has none. */
        public String industryName(String code) {
            return industryNames.getOrDefault(code, code);
        }

        /** A figure as shown: thousands separated, at most two decimals (none for whole numbers). */
        public String figure(double value) {
            return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
        }
    }

    /** The outcome of a check. */
    public record Check(double engineLq, boolean lqRight, boolean interpretationRight) {
        public boolean correct() {
            return lqRight && interpretationRight;
        }
    }

    private final MappingDatasets datasets;
    private final MappingCells cells;

    LqPractice(MappingDatasets datasets, MappingCells cells) {
        this.datasets = datasets;
        this.cells = cells;
    }

    boolean hasData(long workspaceId) {
        return datasets.list(workspaceId).stream().anyMatch(d -> !d.years().isEmpty());
    }

    List<DatasetSummary> datasets(long workspaceId) {
        return datasets.list(workspaceId).stream()
                .filter(d -> !d.years().isEmpty())
                .toList();
    }

    /**
     * The cell named by the parameters; a missing parameter is chosen (the first dataset, its latest year, a random
     * cell with employment), a wrong one is a field error.
     */
    Optional<Cell> cell(
            long workspaceId,
            String dataset,
            String year,
            String region,
            String industry,
            RandomGenerator random,
            InvalidInput.Collector errors) {
        List<DatasetSummary> all = datasets(workspaceId);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Long id = FormFields.id("dataset", dataset, false, errors);
        DatasetSummary d = id == null
                ? all.getFirst()
                : all.stream().filter(x -> x.id() == id).findFirst().orElse(null);
        if (d == null) {
            errors.add("dataset", "input.unknown-choice");
            return Optional.empty();
        }
        Integer y = FormFields.integer("year", year, 0, 9999, errors);
        if (y == null) {
            y = d.years().stream().max(Comparator.naturalOrder()).orElseThrow();
        } else if (!d.years().contains(y)) {
            errors.add("year", "input.unknown-choice");
            return Optional.empty();
        }
        List<String> regions = cells.regions(workspaceId, d.id(), y);
        List<String> industries = cells.industries(workspaceId, d.id(), y);
        String r = FormFields.text(region);
        String i = FormFields.text(industry);
        if (r != null && !regions.contains(r)) {
            errors.add("region", "input.unknown-choice");
        }
        if (i != null && !industries.contains(i)) {
            errors.add("industry", "input.unknown-choice");
        }
        if (!errors.isEmpty() || regions.isEmpty() || industries.isEmpty()) {
            return Optional.empty();
        }
        LqBreakdown figures;
        if (r != null && i != null) {
            figures = cells.lqBreakdown(workspaceId, d.id(), y, r, i).orElseThrow();
        } else {
            figures = pick(workspaceId, d.id(), y, regions, industries, r, i, random);
        }
        return Optional.of(new Cell(
                d,
                y,
                regions,
                industries,
                figures,
                cells.regionNames(workspaceId, d.id(), y),
                cells.industryNames(workspaceId, d.id(), y)));
    }

    /** A random cell with employment and a defined LQ, keeping the region or industry the learner fixed. */
    private LqBreakdown pick(
            long ws,
            long d,
            int y,
            List<String> regions,
            List<String> industries,
            String r,
            String i,
            RandomGenerator g) {
        LqBreakdown last = null;
        for (int tries = 0; tries < 40; tries++) {
            String rr = r != null ? r : regions.get(g.nextInt(regions.size()));
            String ii = i != null ? i : industries.get(g.nextInt(industries.size()));
            last = cells.lqBreakdown(ws, d, y, rr, ii).orElseThrow();
            if (last.cellEmployment() > 0 && Double.isFinite(last.lq())) {
                return last;
            }
        }
        return last;
    }

    /** Checks the learner's LQ and reading against the engine's value of the cell ({@link MappingDatasets#cell}). */
    Check check(long workspaceId, Cell cell, String lq, String specialised, InvalidInput.Collector errors) {
        Double given = Grader.parseNumber(lq);
        if (FormFields.text(lq) == null) {
            errors.add("lq", "input.required");
        } else if (given == null) {
            errors.add("lq", "input.number");
        }
        String reading = FormFields.text(specialised);
        if (reading == null) {
            errors.add("specialised", "input.required");
        } else if (!List.of("yes", "no").contains(reading)) {
            errors.add("specialised", "input.unknown-choice");
        }
        LqBreakdown f = cell.figures();
        CellFigures engine = datasets.cell(workspaceId, cell.dataset().id(), cell.year(), f.region(), f.industry())
                .orElseThrow();
        if (!Double.isFinite(engine.lq())) {
            errors.add("industry", "learning.practice.lq.undefined");
        }
        errors.throwIfAny();
        boolean lqRight = Math.abs(given - engine.lq()) <= TOLERANCE + 1e-9;
        boolean interpretation = "yes".equals(reading) == (engine.lq() > SPECIALISED_ABOVE);
        return new Check(engine.lq(), lqRight, interpretation);
    }
}
