package org.clusterworks.cli.complexity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvOutputTest {

    @TempDir
    Path dir;

    @Test
    void failureWhileWritingLeavesNoFileBehind() throws IOException {
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> {
                    try (CsvOutput o = new CsvOutput(out)) {
                        o.file("first.csv", new String[] {"a"}, p -> p.printRecord("1"));
                        o.file("second.csv", new String[] {"a"}, p -> {
                            p.printRecord("2");
                            throw new IOException("disk full");
                        });
                        o.commit();
                    }
                })
                .hasMessage("disk full");
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.toList()).isEmpty();
        }
    }

    @Test
    void commitReplacesEarlierResultsAndRemovesTheStagingDirectory() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("first.csv"), "old\n");
        try (CsvOutput o = new CsvOutput(out)) {
            o.file("first.csv", new String[] {"code"}, p -> p.printRecord("007"));
            o.commit();
        }
        assertThat(Files.readString(out.resolve("first.csv"))).isEqualTo("code\n007\n");
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("first.csv");
        }
    }
}
