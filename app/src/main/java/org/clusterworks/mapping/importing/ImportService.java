package org.clusterworks.mapping.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.mapping.dataset.DatasetStore;
import org.clusterworks.mapping.dataset.Schemes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a file into a workspace: parse and validate everything first, then store all rows in one transaction (a
 * new dataset, or a new version of an existing one), so that a bad file stores nothing and nothing stored is lost.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final Schemes schemes;
    private final DatasetStore store;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    ImportService(Schemes schemes, DatasetStore store, TransactionTemplate tx, ApplicationEventPublisher events) {
        this.schemes = schemes;
        this.store = store;
        this.tx = tx;
        this.events = events;
    }

    /** What an import stored and how long it took. */
    public record Result(
            long datasetId,
            int version,
            int rows,
            long skipped,
            long imputed,
            boolean reference,
            long parseMillis,
            long storeMillis) {}

    /** Progress of a running import: phase ({@code reading} or {@code storing}) and fraction done. */
    public interface Progress {
        void update(String phase, double fraction);

        Progress NONE = (p, f) -> {};
    }

    /**
     * Imports {@code file}; throws {@link ImportRejected} with every problem when anything is wrong.
     *
     * @param referenceFile optional separate file of reference-area totals
     */
    public Result importFile(
            long workspaceId,
            String username,
            Path file,
            String fileName,
            ColumnMapping mapping,
            Path referenceFile,
            String referenceFileName,
            Progress progress) {
        if (mapping.datasetId() != null
                && store.find(workspaceId, mapping.datasetId()).isEmpty()) {
            throw new ImportRejected(
                    List.of(new ImportProblem(0, "", "mapping: no dataset " + mapping.datasetId() + " to replace")), 1);
        }
        long t0 = System.nanoTime();
        ParsedData data = read(
                new ImportParser(schemes, workspaceId),
                file,
                fileName,
                mapping,
                referenceFile,
                referenceFileName,
                f -> progress.update("reading", f));
        return store(workspaceId, username, fileName, mapping, data, progress, t0);
    }

    /**
     * Reads and validates a file (and its optional reference-totals file) without storing anything: the data, or
     * {@link ImportRejected} naming row and column (or the file, when it cannot be read at all). Fuzzed by
     * {@code DatasetFileFuzzTest}.
     */
    static ParsedData read(
            ImportParser parser,
            Path file,
            String fileName,
            ColumnMapping mapping,
            Path referenceFile,
            String referenceFileName,
            java.util.function.DoubleConsumer progress) {
        try (RowSource source = RowSource.open(file, fileName)) {
            ParsedData data = parser.parse(source, mapping, progress);
            if (referenceFile != null) {
                try (RowSource ref = RowSource.open(referenceFile, referenceFileName)) {
                    Map<String, Map<Integer, double[]>> totals = parser.parseReference(ref, mapping, data.periods());
                    totals.forEach((k, v) -> data.reference().merge(k, v, (a, b) -> {
                        a.putAll(b);
                        return a;
                    }));
                }
            }
            return data;
        } catch (IOException e) {
            throw new ImportRejected(
                    List.of(new ImportProblem(0, "", "cannot read " + fileName + ": " + e.getMessage())), 1);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ImportRejected(
                    List.of(new ImportProblem(0, "", "cannot read " + fileName + ": " + e.getMessage())), 1);
        }
    }

    private Result store(
            long workspaceId,
            String username,
            String fileName,
            ColumnMapping mapping,
            ParsedData data,
            Progress progress,
            long t0) {
        long t1 = System.nanoTime();
        progress.update("storing", 0);
        DatasetStore.Meta meta = new DatasetStore.Meta(
                mapping.name().strip(),
                mapping.description(),
                mapping.source(),
                mapping.licence(),
                mapping.regionScheme(),
                mapping.industryScheme(),
                fileName,
                username);
        long[] stored = tx.execute(s -> store.store(
                workspaceId,
                mapping.datasetId(),
                meta,
                data,
                n -> progress.update("storing", n / (double) data.size())));
        long t2 = System.nanoTime();
        progress.update("done", 1);
        Result result = new Result(
                stored[0],
                (int) stored[1],
                data.size(),
                data.skipped(),
                data.imputed(),
                !data.reference().isEmpty(),
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000);
        log.info(
                "Imported {} rows into dataset {} v{} (read and check {} ms, store {} ms)",
                data.size(),
                stored[0],
                stored[1],
                result.parseMillis(),
                result.storeMillis());
        events.publishEvent(new AuditEvent(
                workspaceId,
                stored[1] == 1 ? AuditEvent.Action.CREATED : AuditEvent.Action.CHANGED,
                "dataset",
                Long.toString(stored[0]),
                "Dataset '" + meta.name() + "' version " + stored[1] + ": " + data.size() + " rows from " + fileName));
        return result;
    }
}
