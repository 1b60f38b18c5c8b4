package org.clusterworks.operations.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.tools.Script;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Full-database backups of the embedded H2 database: a consistent SQL script of schema and data, written while the
 * application runs (H2's {@code SCRIPT}, zip-compressed) and restored into an empty database with {@code RUNSCRIPT}.
 * A PostgreSQL installation is backed up with {@code pg_dump} instead (see docs/operations.md); {@link #supported()}
 * says which applies.
 */
@Service
final class DatabaseBackups {

    /** Names this service writes; anything else is refused, so a name can never leave the backups folder. */
    static final Pattern NAME = Pattern.compile("clusterworks-\\d{8}-\\d{6}(-\\d+)?\\.sql\\.zip");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DataSource dataSource;
    private final Path folder;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    DatabaseBackups(DataSource dataSource, @Value("${clusterworks.data-dir}") String dataDir) {
        this(dataSource, Path.of(dataDir, "backups"), Clock.systemUTC());
    }

    DatabaseBackups(DataSource dataSource, Path folder, Clock clock) {
        this.dataSource = dataSource;
        this.folder = folder;
        this.clock = clock;
    }

    /** Whether the database is the embedded H2 one this service can back up. */
    boolean supported() {
        try (Connection c = dataSource.getConnection()) {
            return "H2".equals(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return false;
        }
    }

    /** Writes a new backup and returns it. */
    Backup create() {
        if (!supported()) {
            throw new IllegalStateException("Online backups are for the embedded H2 database; use pg_dump.");
        }
        try {
            Files.createDirectories(folder);
            String stem = "clusterworks-" + STAMP.format(clock.instant().atOffset(ZoneOffset.UTC));
            Path file = folder.resolve(stem + ".sql.zip");
            for (int n = 2; Files.exists(file); n++) {
                file = folder.resolve(stem + "-" + n + ".sql.zip");
            }
            Path partial = folder.resolve(file.getFileName() + ".partial");
            try (Connection c = dataSource.getConnection()) {
                Script.process(c, partial.toString(), "", "COMPRESSION ZIP");
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return describe(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be written to a backup: " + e.getMessage(), e);
        }
    }

    /** The backups in the folder, newest first. */
    List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches())
                    .map(DatabaseBackups::describe)
                    .sorted(Comparator.comparing(Backup::createdAt)
                            .thenComparing(Backup::name)
                            .reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of a backup this service wrote, if the name is one of its names and the file exists. */
    Optional<Path> file(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = folder.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private static Backup describe(Path file) {
        try {
            return new Backup(
                    file.getFileName().toString(),
                    Files.size(file),
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
