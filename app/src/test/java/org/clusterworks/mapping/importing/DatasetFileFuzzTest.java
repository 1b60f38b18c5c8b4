package org.clusterworks.mapping.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.mapping.dataset.Schemes;

/**
 * Coverage-guided fuzzing of the statistics import (CSV and XLSX, with the known layouts U.S. Cluster Mapping, CBP
 * and Eurostat SDMX-CSV detected from the header as the upload page does) and of the cluster-definition table: any
 * bytes give validated data or a refusal whose every problem names the row and column (or, for a file that cannot be
 * read at all, the file); never another exception, which would be a server error. Seeds are excerpts of real files
 * ({@code DatasetFileFuzzTestInputs/}, see its README). Replayed in every test run; {@code JAZZER_FUZZ=1} fuzzes.
 */
class DatasetFileFuzzTest {

    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("dataset-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every scheme is known and every code valid: the fuzzer then reaches the whole parser, not the code lookup. */
    private static final Schemes SCHEMES = acceptingSchemes();

    private static Schemes acceptingSchemes() {
        // stub-only: a recording mock would keep every call of every execution
        Schemes s = mock(Schemes.class, withSettings().stubOnly());
        when(s.isRegionScheme(any())).thenReturn(true);
        when(s.isIndustryScheme(anyLong(), any())).thenReturn(true);
        return s;
    }

    @FuzzTest(maxDuration = "3m")
    void statisticsCsvGivesDataOrProblemsNamingRowAndColumn(byte[] bytes) throws IOException {
        importStatistics("data.csv", bytes);
    }

    @FuzzTest(maxDuration = "3m")
    void statisticsXlsxGivesDataOrProblemsNamingRowAndColumn(byte[] bytes) throws IOException {
        importStatistics("data.xlsx", bytes);
    }

    @FuzzTest(maxDuration = "3m")
    void clusterDefinitionTableGivesItemsOrProblemsNamingRowAndColumn(byte[] bytes) throws IOException {
        boolean xlsx = bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K';
        String name = xlsx ? "definition.xlsx" : "definition.csv";
        Path file = DIR.resolve(name);
        Files.write(file, bytes);
        DefinitionTable.Parsed parsed;
        try {
            parsed = DefinitionTable.read(file, name);
        } catch (IOException unreadable) {
            // the upload page and the API show this message as the file's problem
            assertThat(unreadable.getMessage()).isNotBlank();
            return;
        }
        assertThat(parsed.problems()).allSatisfy(DatasetFileFuzzTest::locatedProblem);
        if (parsed.problems().isEmpty()) {
            assertThat(parsed.items()).isNotEmpty().allSatisfy(item -> {
                assertThat(item.industryCode()).isNotBlank();
                assertThat(item.clusterCode()).isNotBlank();
            });
        }
    }

    private static void importStatistics(String name, byte[] bytes) throws IOException {
        Path file = DIR.resolve(name);
        Files.write(file, bytes);
        ColumnMapping mapping = mappingFor(file, name);
        try {
            ParsedData data = ImportService.read(new ImportParser(SCHEMES, 1L), file, name, mapping, null, null, f -> {
                assertThat(f).isBetween(0.0, 1.0);
            });
            assertThat(data.size()).isPositive();
            for (double[] measure : data.values()) {
                assertThat(measure).hasSize(data.size());
                for (double v : measure) {
                    assertThat(v).isFinite().isNotNegative();
                }
            }
            for (int i = 0; i < data.size(); i++) {
                assertThat(data.region()[i]).isBetween(0, data.regions().size() - 1);
                assertThat(data.industry()[i]).isBetween(0, data.industries().size() - 1);
                assertThat(data.period()[i]).isBetween(1000, 2999);
            }
        } catch (ImportRejected refused) {
            assertThat(refused.problems()).isNotEmpty().allSatisfy(DatasetFileFuzzTest::locatedProblem);
            assertThat(refused.total())
                    .isGreaterThanOrEqualTo(refused.problems().size());
        }
    }

    /** A problem on a row names the row and the column; one of the whole file (row 0) says what is wrong. */
    private static void locatedProblem(ImportProblem p) {
        assertThat(p.message()).isNotBlank();
        assertThat(p.row()).isNotNegative();
        assertThat(p.column()).isNotNull();
        if (p.row() > 1) {
            assertThat(p.column()).as("column of %s", p).isNotBlank();
        }
    }

    /**
     * The mapping the upload page proposes: a known layout's, or else the first four columns as region, industry, year
     * and employment with codes unchecked (what a user maps for a file of no known layout).
     */
    private static ColumnMapping mappingFor(Path file, String name) {
        List<String> header;
        try (RowSource source = RowSource.open(file, name)) {
            header = source.header();
        } catch (IOException | RuntimeException unreadable) {
            header = List.of();
        }
        var layout = KnownLayouts.detect(header);
        if (layout.isPresent()) {
            ColumnMapping m = layout.get().mapping();
            return new ColumnMapping(
                    "fuzz",
                    null,
                    null,
                    null,
                    m.regionScheme(),
                    m.industryScheme(),
                    m.region(),
                    m.industry(),
                    m.year(),
                    m.measures(),
                    m.flag(),
                    m.referenceRegion(),
                    m.keep(),
                    m.industryCodes(),
                    m.suppression(),
                    null);
        }
        Map<String, String> measures = new LinkedHashMap<>();
        measures.put("employment", column(header, 3));
        return new ColumnMapping(
                "fuzz",
                null,
                null,
                null,
                Schemes.FREE,
                Schemes.FREE,
                column(header, 0),
                column(header, 1),
                column(header, 2),
                measures,
                null,
                null,
                Map.of(),
                null,
                null,
                null);
    }

    private static String column(List<String> header, int i) {
        return i < header.size() ? header.get(i) : "missing" + i;
    }
}
