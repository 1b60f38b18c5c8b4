package org.clusterworks.reference.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationNotesTest {

    private static final List<ClassificationDatasets.Row> ROWS = List.of(
            new ClassificationDatasets.Row("J", "INFORMATION AND COMMUNICATION", 1, null),
            new ClassificationDatasets.Row("62", "Computer programming, consultancy and related activities", 2, "J"));

    private static ShippedFile file(String text) {
        return new ShippedFile("classifications/notes.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void notes_are_read_by_code_and_blank_texts_are_left_out() {
        assertThat(ClassificationDatasets.notes(
                        file("code,includes\n62,\" Writing \"\"code\"\" \"\nJ,\n")
                                .csv(),
                        ROWS))
                .containsExactly(java.util.Map.entry("62", "Writing \"code\""));
    }

    @Test
    void a_note_for_an_unknown_or_repeated_code_fails_the_load() {
        assertThatThrownBy(() -> ClassificationDatasets.notes(
                        file("code,includes\n62.01,x\n").csv(), ROWS))
                .hasMessageContaining("unknown code 62.01");
        assertThatThrownBy(() -> ClassificationDatasets.notes(
                        file("code,includes\n62,x\n62,y\n").csv(), ROWS))
                .hasMessageContaining("code 62 twice");
    }

    @Test
    void the_shipped_nace_notes_match_the_shipped_nace_codes() {
        List<ClassificationDatasets.Row> nace = ClassificationDatasets.nace(
                ShippedFile.read(ClassificationDatasets.NACE_FILE).csv());

        assertThat(ClassificationDatasets.notes(
                        ShippedFile.read(ClassificationDatasets.NACE_NOTES_FILE).csv(), nace))
                .hasSize(202)
                .containsKeys("01", "18", "47", "95.11", "P")
                .doesNotContainKey("62.01");
    }
}
