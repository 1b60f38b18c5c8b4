package org.clusterworks.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clusterworks.mapping.dataset.DatasetStore;
import org.clusterworks.mapping.importing.ColumnMapping;
import org.clusterworks.mapping.importing.ImportService;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Imports one million generated rows (1,000 regions x 200 industries x 5 years, two measures) and reports the time;
 * the time is printed, not asserted (benchmarks, not timed unit tests, hold performance claims).
 */
@WebTest
class MillionRowImportTest {

    @Autowired
    ImportService imports;

    @Autowired
    DatasetStore store;

    @TempDir
    Path dir;

    @Test
    void importsAMillionGeneratedRowsAndReportsTheTime() throws Exception {
        Path file = dir.resolve("million.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("region,industry,year,employment,establishments\n");
            for (int y = 2015; y < 2020; y++) {
                for (int r = 0; r < 1000; r++) {
                    for (int i = 0; i < 200; i++) {
                        w.write("R" + r + ",I" + i + "," + y + "," + ((r * 31 + i * 17 + y) % 5000) + ","
                                + ((r + i) % 40) + "\n");
                    }
                }
            }
        }
        Map<String, String> measures = new LinkedHashMap<>();
        measures.put("employment", "employment");
        measures.put("establishments", "establishments");
        ColumnMapping mapping = new ColumnMapping(
                "Million",
                null,
                null,
                null,
                "free",
                "free",
                "region",
                "industry",
                "year",
                measures,
                null,
                null,
                null,
                null,
                null,
                null);
        long t0 = System.nanoTime();
        ImportService.Result r = imports.importFile(
                1L, "analyst", file, "million.csv", mapping, null, null, ImportService.Progress.NONE);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf(
                "MILLION-ROW IMPORT: %d rows (%.1f MB) in %d ms: read and check %d ms, store %d ms%n",
                r.rows(), Files.size(file) / 1e6, millis, r.parseMillis(), r.storeMillis());
        assertThat(r.rows()).isEqualTo(1_000_000);
        long version = store.find(1L, r.datasetId()).orElseThrow().versionId();
        assertThat(store.countObservations(version)).isEqualTo(1_000_000);
        store.delete(1L, r.datasetId());
    }
}
