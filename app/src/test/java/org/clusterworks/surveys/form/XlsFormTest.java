package org.clusterworks.surveys.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsFormTest {

    static Form sample() {
        return new Form(
                "Firm check",
                "firm_check",
                "2026-11",
                "en",
                List.of(
                        new Item(
                                ItemType.BEGIN_GROUP,
                                null,
                                "market",
                                new Text("Markets", "Marchés", "Masoko"),
                                null,
                                false,
                                null,
                                null,
                                null,
                                null,
                                null),
                        new Item(
                                ItemType.SELECT_ONE,
                                "yes_no",
                                "exports",
                                new Text("Do you export?", "Exportez-vous ?", "Je, mnauza nje?"),
                                null,
                                true,
                                null,
                                null,
                                null,
                                null,
                                null),
                        new Item(
                                ItemType.DECIMAL,
                                null,
                                "export_share",
                                Text.of("Share of exports (%)"),
                                Text.of("0 to 100"),
                                true,
                                "${exports} = 'yes'",
                                ". >= 0 and . <= 100",
                                new Text("Between 0 and 100", "Entre 0 et 100", "Kati ya 0 na 100"),
                                null,
                                null),
                        new Item(ItemType.END_GROUP, null, null, null, null, false, null, null, null, null, null),
                        new Item(
                                ItemType.SELECT_ONE,
                                "agree",
                                "satisfied",
                                Text.of("I am satisfied"),
                                null,
                                false,
                                null,
                                null,
                                null,
                                "likert",
                                null),
                        new Item(
                                ItemType.ORGANISATIONS,
                                ItemType.ORGANISATIONS_FILE,
                                "partners",
                                Text.of("Who do you work with?"),
                                null,
                                false,
                                null,
                                null,
                                null,
                                null,
                                "frequency=freq trust=agree")),
                List.of(
                        new Choice("yes_no", "yes", new Text("Yes", "Oui", "Ndiyo")),
                        new Choice("yes_no", "no", new Text("No", "Non", "Hapana")),
                        new Choice("agree", "1", Text.of("Disagree")),
                        new Choice("agree", "2", Text.of("Agree")),
                        new Choice("freq", "1", Text.of("Yearly")),
                        new Choice("freq", "2", Text.of("Monthly"))));
    }

    @Test
    void aFormWrittenThenReadIsTheSameForm() {
        Form form = sample();
        assertThat(FormRules.check(form)).isEmpty();
        XlsForm.Result back = XlsForm.read(new ByteArrayInputStream(XlsForm.write(form)), "ignored");
        assertThat(back.problems()).isEmpty();
        assertThat(back.form()).isEqualTo(form);
    }

    private static byte[] workbook(String[][] survey, String[][] choices) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(wb.createSheet("survey"), survey);
            if (choices != null) {
                fill(wb.createSheet("choices"), choices);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(Sheet sheet, String[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] != null) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
        }
    }

    @Test
    void readsAKoboStyleFormWithUnqualifiedLabelsAndSpacesInGroupTypes() throws IOException {
        byte[] file = workbook(
                new String[][] {
                    {"type", "name", "label", "label::Français (fr)", "required", "relevant", "$kuid"},
                    {"begin group", "g", "Group", null, null, null, "abc"},
                    {"select_one yn", "q1", "Export?", "Exportez ?", "yes", null, "d"},
                    {},
                    {"integer", "q2", "How many?", null, "TRUE", "${q1} = 'y'", null},
                    {"end group", null, null, null, null, null, null}
                },
                new String[][] {{"list name", "name", "label"}, {"yn", "y", "Yes"}, {"yn", "n", "No"}});
        XlsForm.Result r = XlsForm.read(new ByteArrayInputStream(file), "My form");
        assertThat(r.problems()).isEmpty();
        assertThat(r.form().title()).isEqualTo("My form");
        assertThat(r.form().questions()).extracting(Item::name).containsExactly("q1", "q2");
        assertThat(r.form().question("q1").orElseThrow().label()).isEqualTo(new Text("Export?", "Exportez ?", null));
        assertThat(r.form().question("q2").orElseThrow().required()).isTrue();
    }

    @Test
    void refusesEveryUnsupportedFeatureWithSheetRowAndColumn() throws IOException {
        byte[] file = workbook(
                new String[][] {
                    {"type", "name", "label", "calculation", "choice_filter", "label::German (de)"},
                    {"begin_repeat", "r", "Repeat", null, null, null},
                    {"calculate", "c", null, "1 + 1", null, null},
                    {"select_one yn", "q1", "Q1", null, "x = 1", null},
                    {"geopoint", "where", "Where?", null, null, "Wo?"},
                    {"text", "q1", "Again", null, null, null},
                    {"text", "q3", "Q3", null, null, null},
                    {"end_repeat", null, null, null, null, null}
                },
                new String[][] {{"list_name", "name", "label"}, {"yn", "y", "Yes"}});
        XlsForm.Result r = XlsForm.read(new ByteArrayInputStream(file), "x");
        assertThat(r.ok()).isFalse();
        assertThat(r.form()).isNull();
        assertThat(r.problems())
                .extracting(FormProblem::toString)
                .contains(
                        "survey row 2 column type: repeat groups are not supported",
                        "survey row 3 column calculation: the column 'calculation' is not supported",
                        "survey row 3 column type: the type 'calculate' is not supported",
                        "survey row 4 column choice_filter: the column 'choice_filter' is not supported",
                        "survey row 5 column type: the type 'geopoint' is not supported",
                        "survey row 5 column label::German (de): only English (en), French (fr) and Swahili (sw) are supported",
                        "survey row 6 column name: the name 'q1' is used twice",
                        "survey row 8 column type: repeat groups are not supported");
    }

    @Test
    void refusesBrokenSkipLogicAndUnknownChoiceLists() throws IOException {
        byte[] file = workbook(
                new String[][] {
                    {"type", "name", "label", "relevant", "constraint"},
                    {"integer", "a", "A", "${b} > 1", null},
                    {"integer", "b", "B", "${a} > ", ". > 0"},
                    {"select_one nope", "c", "C", null, null}
                },
                null);
        XlsForm.Result r = XlsForm.read(new ByteArrayInputStream(file), "x");
        assertThat(r.problems())
                .extracting(FormProblem::toString)
                .containsExactly(
                        "survey row 2 column relevant: ${b} does not name an earlier question",
                        "survey row 3 column relevant: expression ends too early (at character 7)",
                        "survey row 4 column type: the choice list 'nope' is not in the choices sheet");
    }

    @Test
    void refusesAFileThatIsNotAWorkbook() {
        XlsForm.Result r = XlsForm.read(new ByteArrayInputStream("type,name\n".getBytes()), "x");
        assertThat(r.problems())
                .extracting(FormProblem::message)
                .containsExactly("the file is not a readable XLSX or XLS workbook");
    }
}
