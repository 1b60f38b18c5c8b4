package org.clusterworks.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Creates the data folder at start, so that the disk-space health check watches the folder that will fill up even
 * before anything is written to it (an absent folder reports no free space).
 */
@Component
class DataFolder {

    DataFolder(@Value("${clusterworks.data-dir}") String dataDir) {
        try {
            Files.createDirectories(Path.of(dataDir));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dataDir, e);
        }
    }
}
