package org.clusterworks.monitoring.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.monitoring.core.Domain.Framework;
import org.clusterworks.monitoring.core.Domain.Indicator;
import org.clusterworks.shared.InvalidInput;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports values from a CSV or XLSX file with the columns {@code indicator, period, disaggregation, value,
 * evidence}: every row is checked like a value typed in the form, problems are named by row and column, and the
 * file is imported whole or not at all (one transaction, written only when no row has a problem).
 */
@Component
class ValueImport {

    static final List<String> COLUMNS = List.of("indicator", "period", "disaggregation", "value", "evidence");
    private static final int MAX_ROWS = 20_000;

    private final MonitoringService service;

    ValueImport(MonitoringService service) {
        this.service = service;
    }

    /** Imports the file; returns the number of values written. */
    @Transactional
    int importFile(CurrentWorkspace ws, AuthenticatedUser user, Framework f, String fileName, byte[] content) {
        List<List<String>> table = read(fileName, content);
        var errors = new InvalidInput.Collector();
        if (table.isEmpty()) {
            errors.add("file", "monitoring.import.empty");
            errors.throwIfAny();
        }
        Map<String, Integer> col = new HashMap<>();
        List<String> head = table.get(0);
        for (int c = 0; c < head.size(); c++) {
            col.put(head.get(c).strip().toLowerCase(Locale.ROOT).replace("\ufeff", ""), c);
        }
        for (String name : List.of("indicator", "period", "value")) {
            if (!col.containsKey(name)) {
                errors.add("column " + name, "monitoring.import.column-missing");
            }
        }
        errors.throwIfAny();
        if (table.size() == 1) {
            errors.add("file", "monitoring.import.empty");
            errors.throwIfAny();
        }
        Map<String, Indicator> byCode = new HashMap<>();
        service.repo().indicators(f.id()).forEach(i -> byCode.put(i.code(), i));
        List<Map.Entry<Indicator, MonitoringService.CheckedValue>> ok = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int r = 1; r < table.size() && r <= MAX_ROWS; r++) {
            List<String> row = table.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            String prefix = "row " + (r + 1) + ", column ";
            String code = cell(row, col.get("indicator")).strip().toUpperCase(Locale.ROOT);
            Indicator i = byCode.get(code);
            if (i == null) {
                errors.add(prefix + "indicator", "monitoring.import.unknown-indicator");
                continue;
            }
            var v = service.checkValue(
                    new MonitoringService.Scoped(f, i),
                    new MonitoringService.ValueInput(
                            cell(row, col.get("period")),
                            cell(row, col.get("disaggregation")),
                            cell(row, col.get("value")),
                            cell(row, col.get("evidence"))),
                    prefix,
                    errors);
            if (v != null) {
                if (!seen.add(code + "|" + v.period() + "|" + v.disaggregation())) {
                    errors.add(prefix + "period", "monitoring.import.duplicate");
                } else {
                    ok.add(Map.entry(i, v));
                }
            }
        }
        errors.throwIfAny();
        for (var e : ok) {
            service.store(ws, user, e.getKey(), e.getValue());
        }
        return ok.size();
    }

    private static String cell(List<String> row, Integer c) {
        return c == null || c >= row.size() || row.get(c) == null ? "" : row.get(c);
    }

    static List<List<String>> read(String fileName, byte[] content) {
        boolean xlsx = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        try {
            return xlsx ? xlsx(content) : csv(content);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInput(Map.of("file", "monitoring.import.unreadable"));
        }
    }

    private static List<List<String>> csv(byte[] content) throws IOException {
        String text = new String(content, StandardCharsets.UTF_8);
        char delimiter = text.lines().findFirst().orElse("").contains(";") ? ';' : ',';
        List<List<String>> out = new ArrayList<>();
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            for (CSVRecord rec :
                    CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(in)) {
                List<String> row = new ArrayList<>();
                rec.forEach(row::add);
                out.add(row);
                if (out.size() > MAX_ROWS + 1) {
                    break;
                }
            }
        }
        return out;
    }

    private static List<List<String>> xlsx(byte[] content) throws IOException {
        List<List<String>> out = new ArrayList<>();
        DataFormatter fmt = new DataFormatter(Locale.ROOT);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row r : sheet) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < Math.max(r.getLastCellNum(), 0); c++) {
                    Cell cell = r.getCell(c);
                    row.add(cell == null ? "" : fmt.formatCellValue(cell));
                }
                out.add(row);
                if (out.size() > MAX_ROWS + 1) {
                    break;
                }
            }
        }
        return out;
    }
}
