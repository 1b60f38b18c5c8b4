package org.clusterworks.analytics.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clusterworks.analytics.panel.LongCsvLoader;
import org.clusterworks.analytics.panel.Panel;
import org.clusterworks.analytics.panel.PanelInputException;

/**
 * Coverage-guided fuzzing of the long-format CSV loader: whatever the bytes, it returns a panel whose values are
 * finite and non-negative or refuses with a {@link PanelInputException} naming a line and a column; nothing else
 * escapes. In a normal test run Jazzer replays the saved inputs; {@code JAZZER_FUZZ=1} fuzzes for the given time.
 */
class LongCsvLoaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyInputGivesAPanelOrAClearRefusal(byte[] input) throws IOException {
        Path file = Files.createTempFile("fuzz", ".csv");
        try {
            Files.write(file, prefixed(input));
            Panel panel;
            try {
                panel = new LongCsvLoader("region", "industry", "year", "emp").load(file);
            } catch (PanelInputException refused) {
                assertThat(refused.getMessage()).isNotBlank();
                assertThat(refused.row()).isPositive();
                return;
            }
            int emp = panel.measureIndex("emp");
            for (int cell = 0; cell < panel.cellCount(); cell++) {
                double v = panel.value(emp, cell);
                assertThat(Double.isNaN(v) || (Double.isFinite(v) && v >= 0))
                        .as("value %s", v)
                        .isTrue();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Half the inputs start with a valid header, so the fuzzer reaches the row parser quickly. */
    private static byte[] prefixed(byte[] input) {
        if (input.length > 0 && (input[0] & 1) == 0) {
            return input;
        }
        byte[] header = "region,industry,year,emp\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] out = new byte[header.length + input.length];
        System.arraycopy(header, 0, out, 0, header.length);
        System.arraycopy(input, 0, out, header.length, input.length);
        return out;
    }
}
