package org.clusterworks.planning.implementation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The event-feedback questionnaire as an XLSForm workbook (overall rating 1-5, usefulness 1-4, would attend again,
 * suggestions; English, French and Swahili), built from the sheets shipped under {@code planning/} and titled after
 * the event.
 */
final class FeedbackForm {

    /** Question names the event page reads back. */
    static final String RATING = "rating";

    static final String ATTEND_AGAIN = "attend_again";

    private FeedbackForm() {}

    static byte[] workbook(String title) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            copy(wb.createSheet("survey"), "survey");
            copy(wb.createSheet("choices"), "choices");
            Sheet settings = wb.createSheet("settings");
            write(settings.createRow(0), List.of("form_title", "form_id", "version", "default_language"));
            write(settings.createRow(1), List.of(title, "event_feedback", "2026-11", "en"));
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Sheet sheet, String name) throws IOException {
        String resource = "/planning/event-feedback." + name + ".tsv";
        try (InputStream in = FeedbackForm.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing " + resource);
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .toList();
            for (int r = 0; r < lines.size(); r++) {
                write(sheet.createRow(r), List.of(lines.get(r).split("\t", -1)));
            }
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isEmpty()) {
                row.createCell(c).setCellValue(cells.get(c));
            }
        }
    }
}
