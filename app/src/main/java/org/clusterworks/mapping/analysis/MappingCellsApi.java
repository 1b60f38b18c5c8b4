package org.clusterworks.mapping.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.analytics.strength.ReferenceTotals;
import org.clusterworks.mapping.LqBreakdown;
import org.clusterworks.mapping.MappingCells;
import org.clusterworks.mapping.dataset.Dataset;
import org.clusterworks.mapping.dataset.DatasetStore;
import org.clusterworks.mapping.dataset.Schemes;
import org.springframework.stereotype.Component;

/** Answers {@link MappingCells} from the same cross-section the mapping pages show. */
@Component
class MappingCellsApi implements MappingCells {

    private final DatasetStore store;
    private final MappingAnalysis analysis;
    private final Schemes schemes;

    MappingCellsApi(DatasetStore store, MappingAnalysis analysis, Schemes schemes) {
        this.store = store;
        this.analysis = analysis;
        this.schemes = schemes;
    }

    private Optional<MappingAnalysis.Result> result(long workspaceId, long datasetId, int year) {
        return store.find(workspaceId, datasetId)
                .filter(d -> d.years().contains(year))
                .map(d -> analysis.analyse(workspaceId, d, year, MappingAnalysis.US));
    }

    @Override
    public List<String> regions(long workspaceId, long datasetId, int year) {
        return result(workspaceId, datasetId, year)
                .map(MappingAnalysis.Result::regions)
                .orElse(List.of());
    }

    @Override
    public List<String> industries(long workspaceId, long datasetId, int year) {
        return result(workspaceId, datasetId, year)
                .map(MappingAnalysis.Result::industries)
                .orElse(List.of());
    }

    @Override
    public Map<String, String> regionNames(long workspaceId, long datasetId, int year) {
        return result(workspaceId, datasetId, year)
                .map(r -> schemes.regionNames(r.dataset().regionScheme(), r.regions()))
                .orElse(Map.of());
    }

    @Override
    public Map<String, String> industryNames(long workspaceId, long datasetId, int year) {
        return result(workspaceId, datasetId, year)
                .map(r -> analysis.industryNames(workspaceId, r))
                .orElse(Map.of());
    }

    @Override
    public Optional<LqBreakdown> lqBreakdown(
            long workspaceId, long datasetId, int year, String region, String industry) {
        Optional<MappingAnalysis.Result> found = result(workspaceId, datasetId, year);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MappingAnalysis.Result res = found.get();
        int r = res.regionIndex(region);
        int i = res.industryIndex(industry);
        if (r < 0 || i < 0) {
            return Optional.empty();
        }
        int rows = res.regions().size();
        int cols = res.industries().size();
        boolean[] traded = new boolean[cols];
        boolean anyLocal = false;
        for (int c = 0; c < cols; c++) {
            traded[c] = res.cell(0, c).traded();
            anyLocal |= !traded[c];
        }
        boolean group = traded[i];
        double regionTotal = 0;
        double industryTotal = 0;
        double total = 0;
        for (int c = 0; c < cols; c++) {
            if (traded[c] != group) {
                continue;
            }
            for (int rr = 0; rr < rows; rr++) {
                double e = res.cell(rr, c).employment();
                if (Double.isNaN(e)) {
                    continue;
                }
                total += e;
                if (rr == r) {
                    regionTotal += e;
                }
                if (c == i) {
                    industryTotal += e;
                }
            }
        }
        Dataset dataset = res.dataset();
        ReferenceTotals reference = res.usedReference()
                ? analysis.referenceTotals(
                        workspaceId,
                        dataset,
                        analysis.levelPanel(workspaceId, dataset, res.level()),
                        year,
                        res.industries(),
                        res.measure())
                : null;
        if (reference != null) {
            industryTotal = reference.perCluster()[i];
            total = group ? reference.tradedTotal() : reference.localTotal();
        }
        MappingAnalysis.Cell cell = res.cell(r, i);
        return Optional.of(new LqBreakdown(
                region,
                industry,
                year,
                res.measure(),
                cell.employment(),
                regionTotal,
                industryTotal,
                total,
                cell.lq(),
                anyLocal ? (group ? "traded" : "local") : "all",
                reference != null));
    }
}
