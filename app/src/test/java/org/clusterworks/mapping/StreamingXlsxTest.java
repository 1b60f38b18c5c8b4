package org.clusterworks.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.clusterworks.mapping.importing.RowSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100,000-row XLSX file is read as a stream: every row arrives with its values and row number, the reader has only
 * read the start of the sheet when the first rows arrive, and memory held halfway through stays small.
 */
class StreamingXlsxTest {

    static final int ROWS = 100_000;

    @TempDir
    static Path dir;

    static Path file;

    @BeforeAll
    static void writeWorkbook() throws Exception {
        file = dir.resolve("large.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200);
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("data");
            Row header = sheet.createRow(0);
            String[] names = {"region", "industry", "year", "employment", "establishments"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int k = 0; k < ROWS; k++) {
                Row row = sheet.createRow(k + 1);
                row.createCell(0).setCellValue("R" + (k % 500));
                row.createCell(1).setCellValue("I" + (k / 500));
                row.createCell(2).setCellValue(2015 + k % 3);
                row.createCell(3).setCellValue(employment(k));
                if (k % 7 != 0) {
                    row.createCell(4).setCellValue(k % 40);
                }
            }
            wb.write(out);
            wb.dispose();
        }
    }

    static double employment(int k) {
        return k * 1.25 + 1.0 / 3;
    }

    @Test
    void everyRowOfALargeSheetArrivesWithItsValuesAndRowNumber() throws Exception {
        int n = 0;
        try (RowSource rows = RowSource.open(file, "large.xlsx")) {
            assertThat(rows.header()).containsExactly("region", "industry", "year", "employment", "establishments");
            String[] row;
            while ((row = rows.next()) != null) {
                assertThat(rows.rowNumber()).isEqualTo(n + 2L);
                if (n % 997 == 0) {
                    assertThat(row[0]).isEqualTo("R" + (n % 500));
                    assertThat(row[1]).isEqualTo("I" + (n / 500));
                    assertThat(row[2]).isEqualTo(Integer.toString(2015 + n % 3));
                    assertThat(Double.parseDouble(row[3])).isEqualTo(employment(n));
                    assertThat(row[4]).isEqualTo(n % 7 == 0 ? "" : Integer.toString(n % 40));
                }
                n++;
            }
            assertThat(rows.progress()).isEqualTo(1.0);
        }
        assertThat(n).isEqualTo(ROWS);
    }

    @Test
    void theSheetIsReadAsTheRowsAreTakenAndMemoryStaysBounded() throws Exception {
        long before = usedAfterGc();
        try (RowSource rows = RowSource.open(file, "large.xlsx")) {
            for (int k = 0; k < 10; k++) {
                rows.next();
            }
            assertThat(rows.progress())
                    .as("share of the sheet read after ten rows")
                    .isLessThan(0.25);
            for (int k = 10; k < ROWS / 2; k++) {
                rows.next();
            }
            long held = usedAfterGc() - before;
            System.out.printf(
                    "STREAMING XLSX: %d rows, file %.1f MB, heap held halfway %.1f MB%n",
                    ROWS, Files.size(file) / 1e6, held / 1e6);
            // a workbook loaded whole (XSSFWorkbook) holds several hundred MB for this sheet
            assertThat(held).isLessThan(64L << 20);
        }
    }

    private static long usedAfterGc() {
        for (int k = 0; k < 3; k++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
