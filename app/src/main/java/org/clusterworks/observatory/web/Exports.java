package org.clusterworks.observatory.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Tables to CSV (UTF-8 with a byte-order mark) or XLSX downloads, with a source note. */
final class Exports {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** A titled table; {@code note} (the source) goes above the header in XLSX and below the table in CSV. */
    record Table(String title, List<String> headers, List<List<Object>> rows, String note) {}

    private Exports() {}

    static ResponseEntity<byte[]> download(List<Table> tables, String format, String baseName) {
        if ("xlsx".equals(format)) {
            return file(xlsx(tables), XLSX, baseName + ".xlsx");
        }
        return file(csv(tables), new MediaType("text", "csv", StandardCharsets.UTF_8), baseName + ".csv");
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
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

    static byte[] csv(List<Table> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xEF);
        out.write(0xBB);
        out.write(0xBF);
        try (CSVPrinter p = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            for (Table t : tables) {
                p.printRecord(t.headers());
                for (List<Object> row : t.rows()) {
                    p.printRecord(row.stream().map(Exports::csvCell).toList());
                }
                if (t.note() != null) {
                    p.printRecord(t.note());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Object csvCell(Object v) {
        if (v instanceof java.math.BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return v == null ? "" : v;
    }

    static byte[] xlsx(List<Table> tables) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (Table t : tables) {
                String name = t.title().replaceAll("[\\\\/?*\\[\\]:]", " ");
                Sheet sheet = wb.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
                int r = 0;
                if (t.note() != null) {
                    sheet.createRow(r++).createCell(0).setCellValue(t.note());
                }
                Row head = sheet.createRow(r++);
                for (int c = 0; c < t.headers().size(); c++) {
                    Cell cell = head.createCell(c);
                    cell.setCellValue(t.headers().get(c));
                    cell.setCellStyle(bold);
                }
                for (List<Object> row : t.rows()) {
                    Row x = sheet.createRow(r++);
                    for (int c = 0; c < row.size(); c++) {
                        Object v = row.get(c);
                        if (v instanceof Number n) {
                            x.createCell(c).setCellValue(n.doubleValue());
                        } else if (v != null) {
                            x.createCell(c).setCellValue(v.toString());
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
