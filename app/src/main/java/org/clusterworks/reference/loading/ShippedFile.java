package org.clusterworks.reference.loading;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/** A reference data file shipped on the classpath under {@code reference/}, read whole. */
public record ShippedFile(String name, byte[] content) {

    static final String ROOT = "reference/";

    /** Reads {@code reference/<name>} from the classpath. */
    public static ShippedFile read(String name) {
        try (InputStream in = new ClassPathResource(ROOT + name).getInputStream()) {
            return new ShippedFile(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read shipped reference file " + ROOT + name, e);
        }
    }

    /** Hex SHA-256 of the content. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The records of a UTF-8 CSV file with a header row. */
    public List<CSVRecord> csv() {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            return parser.getRecords();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException(
                    "Cannot parse shipped reference file " + ROOT + name + ": " + e.getMessage(), e);
        }
    }
}
