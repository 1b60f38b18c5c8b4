package org.clusterworks.surveys.core;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterworks.surveys.form.Choice;
import org.clusterworks.surveys.form.Form;
import org.clusterworks.surveys.form.Text;
import org.clusterworks.surveys.form.XlsForm;

/**
 * The ready questionnaires shipped with ClusterWorks, written as XLSForm sheets in tab-separated text under
 * {@code surveys/library/} ({@code <key>.survey.tsv}, {@code .choices.tsv}, {@code .settings.tsv}) and read through
 * the same XLSForm importer as any upload, so they obey the same rules.
 */
final class Library {

    /** The keys of the shipped questionnaires. */
    static final List<String> KEYS = List.of("firm-diagnostic", "collaboration-network", "member-satisfaction");

    private Library() {}

    static Form load(String key) {
        if (!KEYS.contains(key)) {
            throw new IllegalArgumentException("No library questionnaire " + key);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String sheet : List.of("survey", "choices", "settings")) {
                fill(wb.createSheet(sheet), read("surveys/library/" + key + "." + sheet + ".tsv"));
            }
            wb.write(out);
            XlsForm.Result r = XlsForm.read(new ByteArrayInputStream(out.toByteArray()), key);
            if (!r.ok()) {
                throw new IllegalStateException("Library questionnaire " + key + " is invalid: " + r.problems());
            }
            return r.form();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = Library.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void fill(Sheet sheet, String tsv) {
        int r = 0;
        for (String line : tsv.split("\\R")) {
            if (line.startsWith("#")) {
                continue;
            }
            Row row = sheet.createRow(r++);
            String[] cells = line.split("\t", -1);
            for (int c = 0; c < cells.length; c++) {
                if (!cells[c].isEmpty()) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
        }
    }

    static List<Choice> agree5() {
        return List.of(
                new Choice("agree5", "1", new Text("Strongly disagree", "Pas du tout d'accord", "Sikubaliani kabisa")),
                new Choice("agree5", "2", new Text("Disagree", "Pas d'accord", "Sikubaliani")),
                new Choice(
                        "agree5",
                        "3",
                        new Text("Neither agree nor disagree", "Ni d'accord ni pas d'accord", "Sina upande")),
                new Choice("agree5", "4", new Text("Agree", "D'accord", "Nakubali")),
                new Choice("agree5", "5", new Text("Strongly agree", "Tout à fait d'accord", "Nakubali kabisa")));
    }

    static List<Choice> frequency() {
        return List.of(
                new Choice(
                        "frequency",
                        "1",
                        new Text("Once a year or less", "Une fois par an ou moins", "Mara moja kwa mwaka au chini")),
                new Choice(
                        "frequency",
                        "2",
                        new Text("A few times a year", "Quelques fois par an", "Mara chache kwa mwaka")),
                new Choice("frequency", "3", new Text("Monthly", "Chaque mois", "Kila mwezi")),
                new Choice(
                        "frequency", "4", new Text("Weekly or more", "Chaque semaine ou plus", "Kila wiki au zaidi")));
    }

    static List<Choice> trust() {
        return List.of(
                new Choice("trust", "1", new Text("Low trust", "Confiance faible", "Imani ndogo")),
                new Choice("trust", "2", new Text("Some trust", "Confiance moyenne", "Imani ya wastani")),
                new Choice("trust", "3", new Text("High trust", "Confiance élevée", "Imani kubwa")));
    }
}
