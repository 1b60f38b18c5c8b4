package org.clusterworks.observatory.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.observatory.core.ObservatoryRepository;
import org.clusterworks.observatory.core.Taxonomy;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Coverage-guided fuzzing of the observatory importer: one of its eight files is replaced by the fuzzer's text (the
 * first byte picks which), the others are the shipped ones. The import must succeed or fail with problems that each
 * start with the file's name and, for a row, name the column; never another exception. The database is a mock, so
 * that the write phase runs too (it must not meet a value the checks let through). Seeds are the shipped files
 * ({@code ReportImporterFuzzTestInputs/}). Replayed in every test run; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ReportImporterFuzzTest {

    static final List<String> FILES = List.of(
            "taxonomy.tsv",
            "countries.tsv",
            "regions.tsv",
            "programmes.tsv",
            "answers.tsv",
            "fiches.tsv",
            "ambiguities.tsv",
            "published-counts.tsv");

    private static final Map<String, String> SHIPPED = shipped();
    private static final ReportImporter IMPORTER = importer();

    private static Map<String, String> shipped() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : FILES) {
            String path = f.equals("taxonomy.tsv") ? "observatory/taxonomy.tsv" : ReportImporter.BUNDLE + f;
            try (var in = new ClassPathResource(path).getInputStream()) {
                out.put(f, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static ReportImporter importer() {
        // stub-only mocks keep no record of their calls: a recording mock grows with every execution
        TransactionTemplate tx = mock(TransactionTemplate.class, withSettings().stubOnly());
        when(tx.execute(any()))
                .thenAnswer(call -> ((TransactionCallback<Object>) call.getArgument(0)).doInTransaction(null));
        return new ReportImporter(
                mock(ObservatoryRepository.class, withSettings().stubOnly()),
                mock(Taxonomy.class, withSettings().stubOnly()),
                tx);
    }

    @FuzzTest(maxDuration = "3m")
    void anyFileGivesAnImportOrProblemsNamingFileRowAndColumn(byte[] bytes) {
        if (bytes.length == 0) {
            return;
        }
        String replaced = FILES.get(Math.floorMod(bytes[0], FILES.size()));
        String text = new String(Arrays.copyOfRange(bytes, 1, bytes.length), StandardCharsets.UTF_8);
        try {
            ImportReport report =
                    IMPORTER.importFrom(name -> new StringReader(name.equals(replaced) ? text : SHIPPED.get(name)));
            assertThat(report).isNotNull();
        } catch (ImportFailed failed) {
            assertThat(failed.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(FILES).anySatisfy(f -> assertThat(p).startsWith(f));
                if (p.matches("\\S+ row \\d+.*")) {
                    assertThat(p).as(p).matches("(?s)\\S+ row \\d+(, column \\S+|: has \\d+ columns).*");
                }
            });
        }
    }
}
