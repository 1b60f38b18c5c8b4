package org.clusterworks.mapping.web;

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

/** Tables to CSV (UTF-8 with a byte-order mark, so spreadsheet programs read accents) and XLSX downloads. */
final class Exports {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Exports() {}

    static ResponseEntity<byte[]> download(List<Table> tables, String format, String baseName) {
        String safe = baseName.replaceAll("[^A-Za-z0-9._-]+", "-");
        if ("xlsx".equals(format)) {
            return file(xlsx(tables), XLSX, safe + ".xlsx");
        }
        return file(csv(tables), new MediaType("text", "csv", StandardCharsets.UTF_8), safe + ".csv");
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
        try (CSVPrinter p = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
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
                for (List<Object> row : t.rows()) {
                    p.printRecord(row.stream().map(Exports::csvCell).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Object csvCell(Object v) {
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

    static byte[] xlsx(List<Table> tables) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            int n = 0;
            for (Table t : tables) {
                String name = (++n) + " " + t.title().replaceAll("[\\\\/?*\\[\\]:]", " ");
                Sheet sheet = wb.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
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
                for (List<Object> row : t.rows()) {
                    Row x = sheet.createRow(r++);
                    for (int c = 0; c < row.size(); c++) {
                        Object v = row.get(c);
                        Cell cell = x.createCell(c);
                        if (v instanceof Number num && Double.isFinite(num.doubleValue())) {
                            cell.setCellValue(num.doubleValue());
                        } else if (v instanceof Boolean b) {
                            cell.setCellValue(b);
                        } else if (v != null && !(v instanceof Number)) {
                            cell.setCellValue(v.toString());
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
