package org.clusterworks.mapping.analysis;

import java.util.List;
import java.util.Optional;
import org.clusterworks.mapping.CellFigures;
import org.clusterworks.mapping.DatasetSummary;
import org.clusterworks.mapping.MappingDatasets;
import org.clusterworks.mapping.dataset.Dataset;
import org.clusterworks.mapping.dataset.DatasetStore;
import org.springframework.stereotype.Component;

/** The mapping module's answer to other modules: dataset summaries and cell figures from the same analysis. */
@Component
class MappingDatasetsApi implements MappingDatasets {

    private final DatasetStore store;
    private final MappingAnalysis analysis;

    MappingDatasetsApi(DatasetStore store, MappingAnalysis analysis) {
        this.store = store;
        this.analysis = analysis;
    }

    @Override
    public List<DatasetSummary> list(long workspaceId) {
        return store.list(workspaceId).stream().map(MappingDatasetsApi::summary).toList();
    }

    @Override
    public Optional<DatasetSummary> find(long workspaceId, long datasetId) {
        return store.find(workspaceId, datasetId).map(MappingDatasetsApi::summary);
    }

    @Override
    public Optional<CellFigures> cell(long workspaceId, long datasetId, int year, String region, String industry) {
        Optional<Dataset> dataset = store.find(workspaceId, datasetId);
        if (dataset.isEmpty() || !dataset.get().years().contains(year)) {
            return Optional.empty();
        }
        MappingAnalysis.Result result = analysis.analyse(workspaceId, dataset.get(), year, MappingAnalysis.US);
        int r = result.regionIndex(region);
        int i = result.industryIndex(industry);
        if (r < 0 || i < 0) {
            return Optional.empty();
        }
        MappingAnalysis.Cell c = result.cell(r, i);
        return Optional.of(new CellFigures(
                region, industry, year, c.employment(), c.regionShare(), c.referenceShare(), c.lq(), c.strong()));
    }

    private static DatasetSummary summary(Dataset d) {
        return new DatasetSummary(
                d.id(), d.name(), d.regionScheme(), d.industryScheme(), d.version(), d.years(), d.measures());
    }
}
