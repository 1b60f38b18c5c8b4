package org.clusterworks.mapping.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as a page shows it and as CSV and XLSX exports write it: headers, rows of cells (text or numbers), an
 * optional link per row for the first cell, and a note saying which method produced its flags.
 */
public record Table(String title, String note, List<String> headers, List<List<Object>> rows, List<String> links) {

    /** The table as the shared CSV and XLSX export writes it. */
    public org.clusterworks.shared.TableExport.Table export() {
        return new org.clusterworks.shared.TableExport.Table(title, headers, rows, note);
    }

    static Table of(String title, String note, List<String> headers) {
        return new Table(title, note, headers, new ArrayList<>(), new ArrayList<>());
    }

    Table add(String link, Object... cells) {
        rows.add(java.util.Arrays.asList(cells));
        links.add(link);
        return this;
    }

    /** A cell as the page prints it: numbers rounded for reading, booleans as a tick. */
    public static String show(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Boolean b) {
            return b ? "\u2713" : "";
        }
        if (v instanceof Double d) {
            if (!Double.isFinite(d)) {
                return "\u2013";
            }
            if (d == Math.rint(d) && Math.abs(d) >= 100) {
                return String.format(java.util.Locale.ROOT, "%,.0f", d);
            }
            return String.format(java.util.Locale.ROOT, Math.abs(d) >= 100 ? "%,.0f" : "%.2f", d);
        }
        return v.toString();
    }

    /**
     * The most rows a page prints (a county-level dataset has 3,000 regions; rendering them all made a profile take
     * seconds); the CSV and XLSX exports always have every row.
     */
    public static final int PAGE_ROWS = 250;

    /** A cell ready for a page: its text, whether it is a number, and its link (first cell only, or null). */
    public record Shown(String text, boolean num, String link) {}

    /** The rows as the page prints them, at most {@link #PAGE_ROWS}. */
    public List<List<Shown>> display() {
        List<List<Shown>> out = new ArrayList<>();
        for (int r = 0; r < Math.min(PAGE_ROWS, rows.size()); r++) {
            List<Shown> cells = new ArrayList<>();
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                cells.add(new Shown(show(v), v instanceof Number, c == 0 ? links.get(r) : null));
            }
            out.add(cells);
        }
        return out;
    }

    /** How many rows the page leaves out (the exports have them). */
    public int hiddenRows() {
        return Math.max(0, rows.size() - PAGE_ROWS);
    }

    /** Whether a column holds numbers (for right alignment). */
    public boolean numeric(int column) {
        return rows.stream().anyMatch(r -> r.get(column) instanceof Number);
    }
}
