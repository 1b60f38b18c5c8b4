package org.clusterworks.surveys.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads an uploaded offline answers workbook (sheet {@code answers}, columns {@link OfflineController#HEAD}) into
 * answers by respondent; every problem names the file, the row and the column. Fuzzed by
 * {@code OfflineWorkbookFuzzTest}.
 */
final class OfflineWorkbook {

    private OfflineWorkbook() {}

    /**
     * @param respondents the round's respondents by key
     * @param out answers by respondent, then question
     * @param where file and row of each {@code key/question}, for the problems found later
     */
    static void read(
            String name,
            InputStream file,
            Map<String, Respondent> respondents,
            Map<Respondent, Map<String, List<String>>> out,
            Map<String, String> where,
            List<String> problems) {
        DataFormatter fmt = new DataFormatter(Locale.ROOT);
        try (InputStream in = file;
                Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet("answers");
            if (sheet == null) {
                problems.add(name + ": no sheet named 'answers'");
                return;
            }
            Row head = sheet.getRow(0);
            List<String> expected = OfflineController.HEAD;
            for (int c = 0; c < expected.size(); c++) {
                String h =
                        head == null ? "" : fmt.formatCellValue(head.getCell(c)).strip();
                if (!expected.get(c).equals(h)) {
                    problems.add(name + " answers row 1 column " + (char) ('A' + c) + ": expected '" + expected.get(c)
                            + "'");
                }
            }
            if (!problems.isEmpty()) {
                return;
            }
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row == null) {
                    continue;
                }
                String key = fmt.formatCellValue(row.getCell(0)).strip();
                String question = fmt.formatCellValue(row.getCell(1)).strip();
                String answer = fmt.formatCellValue(row.getCell(5)).strip();
                if (key.isEmpty() && question.isEmpty()) {
                    continue;
                }
                Respondent r = respondents.get(key);
                if (r == null) {
                    problems.add(name + " answers row " + (i + 1) + " column respondent_key: '" + key
                            + "' is not a respondent of this round");
                    continue;
                }
                if (r.submitted()) {
                    problems.add(name + " answers row " + (i + 1) + " column respondent_key: " + key
                            + " has already submitted");
                    continue;
                }
                List<String> values = answer.isEmpty() ? List.of() : List.of(answer.split("\\s+"));
                out.computeIfAbsent(r, k -> new LinkedHashMap<>()).put(question, values);
                where.put(key + "/" + question, name + " answers row " + (i + 1));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(name + ": not a readable XLSX workbook");
        }
    }
}
