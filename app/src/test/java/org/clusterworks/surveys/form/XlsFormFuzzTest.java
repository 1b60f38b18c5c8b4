package org.clusterworks.surveys.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.clusterworks.shared.FuzzedWorkbooks;

/**
 * Coverage-guided fuzzing of the XLSForm importer: any file gives a form or problems, each saying what is wrong and,
 * for a cell, naming sheet, row and column; never an exception. Two targets: raw bytes seeded with the shipped library
 * questionnaires as workbooks ({@code XlsFormFuzzTestInputs/}), and well-formed workbooks built from the fuzzer's data
 * out of XLSForm's own words, which reach the form rules; such a workbook must never be called unreadable, and a form
 * read from it must survive writing and reading again. Replayed in every test run; {@code JAZZER_FUZZ=1} fuzzes.
 */
class XlsFormFuzzTest {

    private static final List<String> SHEETS = List.of("survey", "choices", "settings", "external_choices", "notes");
    private static final List<String> WORDS = List.of(
            "type",
            "name",
            "label",
            "label::English (en)",
            "label::French (fr)",
            "label::Kiswahili (sw)",
            "label::German (de)",
            "hint",
            "required",
            "relevant",
            "constraint",
            "constraint_message",
            "appearance",
            "parameters",
            "list_name",
            "list name",
            "form_title",
            "form_id",
            "version",
            "default_language",
            "style",
            "text",
            "integer",
            "decimal",
            "date",
            "select_one yn",
            "select_multiple yn",
            "select_one",
            "select_one yn or_other",
            "select_multiple_from_file orgs",
            "select_one_external x",
            "note",
            "begin group",
            "end group",
            "begin_group",
            "end_group",
            "begin repeat",
            "end repeat",
            "start",
            "end",
            "today",
            "calculate",
            "yes",
            "no",
            "true()",
            "maybe",
            "yn",
            "orgs",
            "q1",
            "q2",
            "g1",
            "${q1} > 3",
            "${q1} = 'yes'",
            ". >= 0",
            "selected(${q2}, 'a')",
            "${missing} = 1",
            "(",
            "English",
            "French (fr)",
            "Kiswahili",
            "fr",
            "a",
            "b",
            "",
            " ",
            "$given_name",
            "1",
            "2");

    @FuzzTest(maxDuration = "3m")
    void anyBytesGiveAFormOrLocatedProblems(byte[] bytes) {
        check(XlsForm.read(new ByteArrayInputStream(bytes), "Fuzzed"));
    }

    @FuzzTest(maxDuration = "3m")
    void generatedWorkbooksGiveAFormOrLocatedProblems(FuzzedDataProvider data) {
        byte[] workbook = FuzzedWorkbooks.workbook(data, SHEETS, WORDS);
        XlsForm.Result result = XlsForm.read(new ByteArrayInputStream(workbook), "Fuzzed");
        check(result);
        assertThat(result.problems())
                .as("a workbook written by POI is readable")
                .noneSatisfy(p -> assertThat(p.message()).containsAnyOf("not a readable", "cannot be read"));
        if (result.ok()) {
            XlsForm.Result again = XlsForm.read(new ByteArrayInputStream(XlsForm.write(result.form())), "Fuzzed");
            assertThat(again.problems()).as("the form written back reads again").isEmpty();
        }
    }

    private static void check(XlsForm.Result result) {
        assertThat(result.ok()).isEqualTo(result.form() != null);
        assertThat(result.problems()).allSatisfy(p -> {
            assertThat(p.message()).isNotBlank();
            assertThat(p.row()).isNotNegative();
            if (p.column() != null || p.row() > 0) {
                assertThat(p.sheet()).as("sheet of %s", p).isNotNull();
            }
        });
    }
}
