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

    /**
     * Text a spreadsheet program can write: characters XML 1.0 forbids (most control characters, lone surrogates) are
     * replaced, as a workbook holding them is not well-formed XML and rightly refused as unreadable.
     */
    static String xml(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean legal =
                    c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            out.append(legal ? c : '?');
        }
        return out.toString();
    }

    public static byte[] workbook(FuzzedDataProvider data, List<String> sheetNames, List<String> words) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int sheets = data.consumeInt(1, 4);
            for (int s = 0; s < sheets; s++) {
                String name = data.consumeBoolean() ? data.pickValue(sheetNames) : xml(data.consumeString(12));
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
                            case 1 -> row.createCell(col).setCellValue(xml(data.consumeString(40)));
                            case 2 -> row.createCell(col).setCellValue(data.consumeRegularDouble());
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
