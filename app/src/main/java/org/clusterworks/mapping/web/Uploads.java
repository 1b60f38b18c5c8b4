package org.clusterworks.mapping.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** Uploaded files kept in the data folder between the upload, mapping and import steps. */
@Component
class Uploads {

    private final Path folder;

    Uploads(@Value("${clusterworks.data-dir:./data}") String dataDir) {
        this.folder = Path.of(dataDir, "uploads", "mapping");
    }

    /** Saves the upload under a random name keeping its extension; returns the token naming it. */
    String save(MultipartFile file) {
        try {
            Files.createDirectories(folder);
            String token = UUID.randomUUID() + extension(file.getOriginalFilename());
            file.transferTo(folder.resolve(token));
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path(String token) {
        if (token == null || !token.matches("[0-9a-f-]{36}(\\.[a-z]{2,4}(\\.gz)?)?")) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.NOT_FOUND, "No such upload");
        }
        return folder.resolve(token);
    }

    static String extension(String name) {
        String lower = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".csv.gz")) {
            return ".csv.gz";
        }
        if (lower.endsWith(".xlsx")) {
            return ".xlsx";
        }
        if (lower.endsWith(".tsv") || lower.endsWith(".txt")) {
            return ".txt";
        }
        return ".csv";
    }
}
