package org.clusterworks.surveys.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterworks.surveys.form.Form;
import org.clusterworks.surveys.form.Item;

/**
 * A round's submitted answers as a table: long (one row per respondent and question) or wide (one row per
 * respondent, one column per question). Every row carries the respondent key and the organisation id.
 */
final class ResponseTable {

    /** A respondent's identity columns and answers. */
    record Line(String respondentKey, Long organisationId, Long personId, Map<String, String> answers) {}

    private ResponseTable() {}

    static List<List<String>> rows(long roundId, Form form, List<Line> lines, boolean wide) {
        List<List<String>> rows = new ArrayList<>();
        List<String> questions = form.questions().stream().map(Item::name).toList();
        if (wide) {
            List<String> head = new ArrayList<>(List.of("round_id", "respondent_key", "organisation_id", "person_id"));
            head.addAll(questions);
            rows.add(head);
            for (Line l : lines) {
                List<String> row = new ArrayList<>(ids(roundId, l));
                for (String q : questions) {
                    row.add(l.answers().getOrDefault(q, ""));
                }
                rows.add(row);
            }
        } else {
            rows.add(List.of("round_id", "respondent_key", "organisation_id", "person_id", "question", "value"));
            for (Line l : lines) {
                for (String q : questions) {
                    String v = l.answers().get(q);
                    if (v != null) {
                        List<String> row = new ArrayList<>(ids(roundId, l));
                        row.add(q);
                        row.add(v);
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    private static List<String> ids(long roundId, Line l) {
        return List.of(
                Long.toString(roundId),
                l.respondentKey(),
                l.organisationId() == null ? "" : l.organisationId().toString(),
                l.personId() == null ? "" : l.personId().toString());
    }

    static String csv(List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (List<String> r : rows) {
                // a leading = + - @ would be read as a formula by spreadsheets: prefix it with a quote
                p.printRecord(r.stream()
                        .map(v -> v != null && v.matches("^[=+@\\t\\r].*") ? "'" + v : v)
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static byte[] xlsx(List<List<String>> rows, String sheetName) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    String v = values.get(c);
                    if (v != null && !v.isEmpty()) {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
