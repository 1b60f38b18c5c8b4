package org.clusterworks.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clusterworks.mapping.analysis.MappingAnalysis;
import org.clusterworks.mapping.dataset.Dataset;
import org.clusterworks.mapping.dataset.DatasetStore;
import org.clusterworks.mapping.importing.ColumnMapping;
import org.clusterworks.mapping.importing.ImportService;
import org.clusterworks.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The mapping migration, the COPY fast path, versions and the analysis on PostgreSQL 18 (embedded), not only on H2. */
@PostgresTest
class MappingPostgresTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DatasetStore store;

    @Autowired
    ImportService imports;

    @Autowired
    MappingAnalysis analysis;

    @TempDir
    Path dir;

    @Test
    void theDemoDatasetsLoadThroughCopyAndAnalyseAsOnH2() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
        Dataset us = store.list(1L).stream()
                .filter(d -> d.name().startsWith("US states"))
                .findFirst()
                .orElseThrow();
        assertThat(us.rowCount()).isEqualTo(3350);
        assertThat(store.countObservations(us.versionId())).isEqualTo(3350);
        assertThat(us.hasReference()).isTrue();
        MappingAnalysis.Result r = analysis.analyse(1L, us, 2016, MappingAnalysis.US);
        long strong = java.util.Arrays.stream(r.cells())
                .filter(MappingAnalysis.Cell::strong)
                .count();
        assertThat(strong).isGreaterThan(100);
        Dataset world = store.list(1L).stream()
                .filter(d -> d.name().startsWith("World"))
                .findFirst()
                .orElseThrow();
        assertThat(store.countObservations(world.versionId())).isEqualTo(122_182);
    }

    @Test
    void codesThatCopyCannotCarryTakeThePortablePathAndReplacingAddsAVersion() throws Exception {
        Path file = dir.resolve("odd.csv");
        Files.writeString(file, "region,industry,year,employment\nA\\1,x,2020,5\nB,y,2020,6\n");
        ColumnMapping m = new ColumnMapping(
                "Odd",
                null,
                null,
                null,
                "free",
                "free",
                "region",
                "industry",
                "year",
                Map.of("employment", "employment"),
                null,
                null,
                null,
                null,
                null,
                null);
        ImportService.Result first =
                imports.importFile(1L, "analyst", file, "odd.csv", m, null, null, ImportService.Progress.NONE);
        ImportService.Result second = imports.importFile(
                1L,
                "analyst",
                file,
                "odd.csv",
                m.withDatasetId(first.datasetId()),
                null,
                null,
                ImportService.Progress.NONE);
        assertThat(second.version()).isEqualTo(2);
        assertThat(store.versions(1L, first.datasetId())).hasSize(2);
        Map<String, Double> seen = new LinkedHashMap<>();
        Dataset d = store.find(1L, first.datasetId()).orElseThrow();
        store.readObservations(d.versionId(), 1, (reg, ind, y, v) -> seen.put(reg, v[0]));
        assertThat(seen).containsEntry("A\\1", 5.0);
    }

    @Test
    void importsAMillionGeneratedRowsOnPostgresAndReportsTheTime() throws Exception {
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
        System.out.printf(
                "MILLION-ROW IMPORT (PostgreSQL): %d rows in %d ms: read and check %d ms, store %d ms%n",
                r.rows(), (System.nanoTime() - t0) / 1_000_000, r.parseMillis(), r.storeMillis());
        long version = store.find(1L, r.datasetId()).orElseThrow().versionId();
        assertThat(store.countObservations(version)).isEqualTo(1_000_000);
    }
}
