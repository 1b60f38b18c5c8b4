package org.clusterworks.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Tables as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read accents) or XLSX downloads (one sheet a
 * table, streamed with POI), each table with an optional note such as its source or the method behind its flags.
 */
public final class TableExport {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /**
     * One table to export; {@code note} (may be null) goes above the header in XLSX and below the rows in CSV. Cells
     * are numbers, booleans, text or null.
     */
    public record Table(String title, List<String> headers, List<? extends List<?>> rows, String note) {}

    private TableExport() {}

    /** {@code xlsx} gives a workbook, anything else CSV; the file name keeps letters, digits, dots and dashes. */
    public static ResponseEntity<byte[]> download(List<Table> tables, String format, String baseName) {
        String safe = baseName.replaceAll("[^A-Za-z0-9._-]+", "-");
        if ("xlsx".equals(format)) {
            return file(xlsx(tables), XLSX, safe + ".xlsx");
        }
        return file(csv(tables), CSV, safe + ".csv");
    }

    /** A download of any bytes under a file name. */
    public static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }

    /** The tables one after another, each after a title line and a blank line when there are several. */
    public static byte[] csv(List<Table> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xEF);
        out.write(0xBB);
        out.write(0xBF);
        try (CSVPrinter p = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            boolean first = true;
            for (Table t : tables) {
                if (!first) {
                    p.println();
                }
                first = false;
                if (tables.size() > 1) {
                    p.printRecord(t.title());
                }
                p.printRecord(t.headers());
                for (List<?> row : t.rows()) {
                    p.printRecord(row.stream().map(TableExport::csvCell).toList());
                }
                if (t.note() != null && !t.note().isBlank()) {
                    p.printRecord(t.note());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Object csvCell(Object v) {
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Double d) {
            return Double.isFinite(d)
                    ? (d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d)
                    : "";
        }
        if (v instanceof Boolean b) {
            return b ? "1" : "0";
        }
        return v == null ? "" : v;
    }

    /** One sheet a table, named after its title (numbered when there are several, as sheet names must differ). */
    public static byte[] xlsx(List<Table> tables) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            int n = 0;
            for (Table t : tables) {
                String title = t.title().replaceAll("[\\\\/?*\\[\\]:]", " ");
                String name = tables.size() > 1 ? (++n) + " " + title : title;
                SXSSFSheet sheet = wb.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
                int r = 0;
                if (t.note() != null && !t.note().isBlank()) {
                    sheet.createRow(r++).createCell(0).setCellValue(t.note());
                }
                Row head = sheet.createRow(r++);
                for (int c = 0; c < t.headers().size(); c++) {
                    Cell cell = head.createCell(c);
                    cell.setCellValue(t.headers().get(c));
                    cell.setCellStyle(bold);
                }
                for (List<?> row : t.rows()) {
                    Row x = sheet.createRow(r++);
                    for (int c = 0; c < row.size(); c++) {
                        Object v = row.get(c);
                        if (v instanceof Number num && Double.isFinite(num.doubleValue())) {
                            x.createCell(c).setCellValue(num.doubleValue());
                        } else if (v instanceof Boolean b) {
                            x.createCell(c).setCellValue(b);
                        } else if (v != null && !(v instanceof Number)) {
                            x.createCell(c).setCellValue(v.toString());
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
