package org.clusterworks.mapping.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusterworks.mapping.dataset.ClusterDefinitions;

/**
 * Reads an uploaded industry-to-cluster table (CSV or XLSX: {@code industry_code}, {@code cluster_code}, optional
 * {@code cluster_name} and {@code cluster_type} traded or local) and lists every bad row with row, column and reason.
 */
public final class DefinitionTable {

    private DefinitionTable() {}

    /** The rows read, the row number of each industry code, and the problems found. */
    public record Parsed(
            List<ClusterDefinitions.Item> items,
            Map<String, Long> rowOfIndustry,
            String industryColumn,
            List<ImportProblem> problems) {}

    public static Parsed read(Path file, String fileName) throws IOException {
        List<ClusterDefinitions.Item> items = new ArrayList<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        try (RowSource source = RowSource.open(file, fileName)) {
            List<String> h = source.header();
            int ind = index(h, "industry_code", "industry", "naics", "nace", "code");
            int cc = index(h, "cluster_code", "cluster");
            int cn = index(h, "cluster_name", "name");
            int ct = index(h, "cluster_type", "type", "traded_local");
            if (ind < 0 || cc < 0) {
                problems.add(new ImportProblem(
                        1, "", "the header needs an industry_code and a cluster_code column; it has " + h));
                return new Parsed(items, rows, "", problems);
            }
            String indName = h.get(ind);
            String[] row;
            while ((row = source.next()) != null) {
                long no = source.rowNumber();
                String i = field(row, ind);
                String c = field(row, cc);
                String type = ct < 0 ? "" : field(row, ct).toLowerCase(Locale.ROOT);
                if (i.isEmpty()) {
                    problems.add(new ImportProblem(no, indName, "empty industry code"));
                } else if (i.length() > 160) {
                    problems.add(new ImportProblem(no, indName, "industry code longer than 160 characters"));
                } else if (rows.containsKey(i)) {
                    problems.add(new ImportProblem(
                            no, indName, "industry code '" + i + "' already given in row " + rows.get(i)));
                }
                if (c.isEmpty()) {
                    problems.add(new ImportProblem(no, h.get(cc), "empty cluster code"));
                } else if (c.length() > 160) {
                    problems.add(new ImportProblem(no, h.get(cc), "cluster code longer than 160 characters"));
                }
                if (!type.isEmpty() && !type.equals("traded") && !type.equals("local")) {
                    problems.add(new ImportProblem(no, h.get(ct), "'" + type + "' is neither traded nor local"));
                }
                if (!i.isEmpty() && !rows.containsKey(i)) {
                    rows.put(i, no);
                }
                String name = cn < 0 ? c : field(row, cn);
                items.add(new ClusterDefinitions.Item(
                        i, c, name.isEmpty() ? c : name, type.equals("local") ? "local" : "traded"));
            }
            if (items.isEmpty() && problems.isEmpty()) {
                problems.add(new ImportProblem(0, "", "the file has no data rows"));
            }
            return new Parsed(items, rows, indName, problems);
        }
    }

    private static String field(String[] row, int k) {
        return k < row.length && row[k] != null ? row[k].strip() : "";
    }

    private static int index(List<String> header, String... names) {
        for (String n : names) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).equalsIgnoreCase(n)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
