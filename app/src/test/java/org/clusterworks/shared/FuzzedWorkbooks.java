package org.clusterworks.shared;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds a well-formed XLSX workbook from fuzzer data (sheet names, rows and cells drawn from a vocabulary of the
 * parser's own words or free text; strings, numbers and booleans), so that a structure-aware fuzz test reaches the
 * parser's logic instead of stopping at a damaged ZIP.
 */
public final class FuzzedWorkbooks {

    private FuzzedWorkbooks() {}

    public static byte[] workbook(FuzzedDataProvider data, List<String> sheetNames, List<String> words) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int sheets = data.consumeInt(1, 4);
            for (int s = 0; s < sheets; s++) {
                String name = data.consumeBoolean() ? data.pickValue(sheetNames) : data.consumeString(12);
                if (name.isEmpty() || wb.getSheet(name) != null) {
                    continue;
                }
                Sheet sheet;
                try {
                    sheet = wb.createSheet(name);
                } catch (IllegalArgumentException invalidName) {
                    continue;
                }
                int rows = data.consumeInt(0, 12);
                for (int r = 0; r < rows; r++) {
                    Row row = sheet.createRow(data.consumeBoolean() ? r : data.consumeInt(0, 40));
                    int cells = data.consumeInt(0, 8);
                    for (int c = 0; c < cells; c++) {
                        int col = data.consumeInt(0, 9);
                        switch (data.consumeInt(0, 3)) {
                            case 0 -> row.createCell(col).setCellValue(data.pickValue(words));
                            case 1 -> row.createCell(col).setCellValue(data.consumeString(40));
                            case 2 -> row.createCell(col).setCellValue(data.consumeDouble());
                            default -> row.createCell(col).setCellValue(data.consumeBoolean());
                        }
                    }
                }
            }
            if (wb.getNumberOfSheets() == 0) {
                wb.createSheet(sheetNames.get(0));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
