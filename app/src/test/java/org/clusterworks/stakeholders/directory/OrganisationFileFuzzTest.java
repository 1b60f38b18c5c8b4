package org.clusterworks.stakeholders.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.clusterworks.shared.InvalidInput;

/**
 * Coverage-guided fuzzing of the organisation import's file reader, as CSV and as XLSX: any bytes give rows or the
 * refusal {@code import.unreadable} on the {@code file} field, never another exception (which would be a server
 * error page). Replayed in every test run; {@code JAZZER_FUZZ=1} fuzzes.
 */
class OrganisationFileFuzzTest {

    @org.junit.jupiter.api.Test
    void brokenQuotingAndADisguisedWorkbookAreRefusedAsUnreadable() {
        for (var file : java.util.Map.of(
                        "bad.csv", "name,helix\n\"Kimaro\"x,BUSINESS\n", "bad.xlsx", "PK\u0003\u0004 not a zip")
                .entrySet()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ImportExport.read(
                            file.getKey(),
                            new ByteArrayInputStream(file.getValue().getBytes())))
                    .isInstanceOfSatisfying(
                            InvalidInput.class, e -> assertThat(e.errors()).containsEntry("file", "import.unreadable"));
        }
    }

    @FuzzTest(maxDuration = "30s")
    void anyFileGivesRowsOrAClearRefusal(FuzzedDataProvider data) throws IOException {
        String name = data.consumeBoolean() ? "organisations.xlsx" : "organisations.csv";
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            var rows = ImportExport.read(name, new ByteArrayInputStream(bytes));
            assertThat(rows).allSatisfy(row -> assertThat(row).doesNotContainNull());
        } catch (InvalidInput refused) {
            assertThat(refused.errors()).containsKey("file");
        }
    }
}
