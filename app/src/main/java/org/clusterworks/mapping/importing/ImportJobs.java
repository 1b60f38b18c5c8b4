package org.clusterworks.mapping.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Imports started from the web page run in the background, one at a time, so the page can poll their progress. Jobs
 * are kept in memory for the user who started them; finished jobs are dropped after an hour.
 */
@Component
public class ImportJobs implements DisposableBean {

    /** A background import as the progress page shows it. */
    public static final class Job {
        public final String id = UUID.randomUUID().toString();
        public final long workspaceId;
        public final String username;
        public final long startedAt = System.currentTimeMillis();
        public volatile String phase = "queued";
        public volatile double fraction;
        public volatile ImportService.Result result;
        public volatile List<ImportProblem> problems = List.of();
        public volatile long problemCount;
        public volatile String error;

        Job(long workspaceId, String username) {
            this.workspaceId = workspaceId;
            this.username = username;
        }

        public boolean finished() {
            return result != null || problemCount > 0 || error != null;
        }

        /** Overall percentage: reading is the first 60 %, storing the rest. */
        public int percent() {
            return switch (phase) {
                case "reading" -> (int) Math.round(fraction * 60);
                case "storing" -> 60 + (int) Math.round(fraction * 40);
                case "done" -> 100;
                default -> 0;
            };
        }
    }

    private final ImportService imports;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mapping-import");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    private final org.clusterworks.mapping.analysis.CacheWarmer warmer;

    ImportJobs(ImportService imports, org.clusterworks.mapping.analysis.CacheWarmer warmer) {
        this.imports = imports;
        this.warmer = warmer;
    }

    /** Starts importing an uploaded file (deleted afterwards). */
    public Job start(
            long workspaceId,
            String username,
            Path file,
            String fileName,
            ColumnMapping mapping,
            Path referenceFile,
            String referenceName) {
        jobs.values().removeIf(j -> j.finished() && System.currentTimeMillis() - j.startedAt > 3_600_000);
        Job job = new Job(workspaceId, username);
        jobs.put(job.id, job);
        executor.submit(() -> {
            try {
                job.result = imports.importFile(
                        workspaceId, username, file, fileName, mapping, referenceFile, referenceName, (phase, f) -> {
                            job.phase = phase;
                            job.fraction = f;
                        });
                warmer.warm(workspaceId, job.result.datasetId());
            } catch (ImportRejected e) {
                job.problems = e.problems();
                job.problemCount = Math.max(1, e.total());
            } catch (RuntimeException e) {
                job.error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            } finally {
                try {
                    Files.deleteIfExists(file);
                    if (referenceFile != null) {
                        Files.deleteIfExists(referenceFile);
                    }
                } catch (java.io.IOException ignored) {
                    // a stale upload is removed with the uploads folder
                }
            }
        });
        return job;
    }

    /** The job, if it belongs to this user and workspace. */
    public Optional<Job> find(String id, long workspaceId, String username) {
        Job j = jobs.get(id);
        return j != null && j.workspaceId == workspaceId && j.username.equals(username)
                ? Optional.of(j)
                : Optional.empty();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
