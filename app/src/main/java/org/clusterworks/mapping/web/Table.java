package org.clusterworks.mapping.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as a page shows it and as CSV and XLSX exports write it: headers, rows of cells (text or numbers), an
 * optional link per row for the first cell, and a note saying which method produced its flags.
 */
public record Table(String title, String note, List<String> headers, List<List<Object>> rows, List<String> links) {

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

    /** A cell ready for a page: its text and whether it is a number. */
    public record Shown(String text, boolean num) {}

    /** The rows as the page prints them. */
    public List<List<Shown>> display() {
        return rows.stream()
                .map(r -> r.stream()
                        .map(v -> new Shown(show(v), v instanceof Number))
                        .toList())
                .toList();
    }

    /** Whether a column holds numbers (for right alignment). */
    public boolean numeric(int column) {
        return rows.stream().anyMatch(r -> r.get(column) instanceof Number);
    }
}
