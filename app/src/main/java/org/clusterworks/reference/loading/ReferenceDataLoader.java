package org.clusterworks.reference.loading;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped reference data sets into the database. A data set is (re)loaded, in one transaction, only when
 * one of its files is new or its checksum differs from the one recorded at the last load; so a second start does
 * nothing and an updated file replaces exactly the data built from it. A change of {@link #LOADER_VERSION} reloads
 * everything once.
 */
@Component
public final class ReferenceDataLoader {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

    /**
     * Recorded beside the file checksums of every data set: raise it when a change to the loading code changes what
     * the same files load into, so that existing databases reload once.
     */
    static final String LOADER_VERSION = "1";

    static final String LOADER_ENTRY = "(loader version)";

    private final List<ReferenceDataset> datasets;
    private final RowWriter writer;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ReferenceDataLoader(NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions) {
        List<ReferenceDataset> all = new ArrayList<>();
        all.addAll(ClassificationDatasets.all());
        all.addAll(ConcordanceDatasets.all());
        all.add(ClusterDefinitionDataset.dataset());
        all.addAll(TerritoryDatasets.all());
        this.datasets = List.copyOf(all);
        this.writer = new RowWriter(jdbc);
        this.jdbc = JdbcClient.create(jdbc);
        this.transactions = transactions;
    }

    /** What one run of the loader did. */
    public record Report(List<String> loaded, List<String> unchanged, int rowsWritten, long millis) {}

    /** Loads every data set whose files are new or changed; leaves the others alone. */
    public Report loadAll() {
        long start = System.nanoTime();
        List<String> loaded = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        int rows = 0;
        Map<String, ShippedFile> read = new HashMap<>();
        for (ReferenceDataset dataset : datasets) {
            int written = refresh(dataset, read);
            if (written < 0) {
                unchanged.add(dataset.name());
            } else {
                rows += written;
                loaded.add(dataset.name());
            }
        }
        Report report =
                new Report(List.copyOf(loaded), List.copyOf(unchanged), rows, (System.nanoTime() - start) / 1_000_000);
        if (loaded.isEmpty()) {
            log.info("Reference data up to date ({} data sets checked in {} ms)", unchanged.size(), report.millis());
        } else {
            log.info(
                    "Reference data loaded: {} data sets, {} rows in {} ms ({} unchanged): {}",
                    loaded.size(),
                    rows,
                    report.millis(),
                    unchanged.size(),
                    loaded);
        }
        return report;
    }

    /**
     * Reloads one data set in one transaction if its files or the loader version differ from those recorded, and
     * returns the rows written, or -1 when it was up to date. Files already read in this run are taken from
     * {@code read}. On failure nothing of the data set changes and the exception names the data set and its files.
     */
    int refresh(ReferenceDataset dataset, Map<String, ShippedFile> read) {
        Map<String, ShippedFile> files = new LinkedHashMap<>();
        Map<String, String> checksums = new LinkedHashMap<>();
        for (String name : dataset.files()) {
            ShippedFile file = read.computeIfAbsent(name, ShippedFile::read);
            files.put(name, file);
            checksums.put(name, file.sha256());
        }
        checksums.put(LOADER_ENTRY, LOADER_VERSION);
        if (checksums.equals(recordedChecksums(dataset.name()))) {
            return -1;
        }
        Integer written = transactions.execute(status -> load(dataset, files, checksums));
        return written == null ? 0 : written;
    }

    private int load(ReferenceDataset dataset, Map<String, ShippedFile> files, Map<String, String> checksums) {
        int rows;
        try {
            rows = dataset.load(files, writer);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "Loading reference data set " + dataset.name() + " from " + dataset.files() + " failed: "
                            + e.getMessage(),
                    e);
        }
        jdbc.sql("delete from ref_loaded_file where dataset = :dataset")
                .param("dataset", dataset.name())
                .update();
        OffsetDateTime now = OffsetDateTime.now();
        checksums.forEach((name, sha) -> jdbc.sql("""
                        insert into ref_loaded_file (dataset, file_name, sha256, row_count, loaded_at)
                        values (:dataset, :file, :sha, :rows, :now)""")
                .param("dataset", dataset.name())
                .param("file", name)
                .param("sha", sha)
                .param("rows", rows)
                .param("now", now)
                .update());
        return rows;
    }

    private Map<String, String> recordedChecksums(String dataset) {
        Map<String, String> recorded = new LinkedHashMap<>();
        jdbc.sql("select file_name, sha256 from ref_loaded_file where dataset = :dataset order by file_name")
                .param("dataset", dataset)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(e -> recorded.put(e.getKey(), e.getValue()));
        return recorded;
    }
}
