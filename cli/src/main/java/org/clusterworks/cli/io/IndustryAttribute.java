package org.clusterworks.cli.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects a per-industry attribute repeated on every row of a long CSV (e.g. traded/local, or a sector code) and
 * rejects rows that contradict an earlier one. Pass {@link #listener()} and {@link #column()} to
 * {@link PanelReader#onRow}.
 */
public final class IndustryAttribute {

    private final String column;
    private final Set<String> allowed;
    private final Map<String, String> valueByIndustry = new HashMap<>();
    private final Map<String, Long> lineByIndustry = new HashMap<>();

    /**
     * @param column the header of the attribute column
     * @param allowed the allowed values (compared ignoring case), or an empty set for any non-empty value
     */
    public IndustryAttribute(String column, Set<String> allowed) {
        this.column = column;
        this.allowed = allowed;
    }

    public String column() {
        return column;
    }

    /** The row listener that records the attribute. */
    public PanelReader.RowListener listener() {
        return this::accept;
    }

    private void accept(CsvInput.Row row, String industry) throws InputException {
        int c = row.columnIndex(column);
        String value = row.text(c).trim();
        if (value.isEmpty()) {
            throw row.error(c, "empty value");
        }
        if (!allowed.isEmpty()) {
            String lower = value.toLowerCase(java.util.Locale.ROOT);
            if (!allowed.contains(lower)) {
                throw row.error(c, "value must be one of " + allowed + ", got '" + value + "'");
            }
            value = lower;
        }
        String before = valueByIndustry.putIfAbsent(industry, value);
        if (before == null) {
            lineByIndustry.put(industry, row.line());
        } else if (!before.equals(value)) {
            throw row.error(
                    c,
                    industry + " is '" + value + "' here but '" + before + "' on row " + lineByIndustry.get(industry));
        }
    }

    /** The attribute of each industry, in the given order. */
    public String[] valuesFor(List<String> industries) {
        String[] out = new String[industries.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = valueByIndustry.get(industries.get(i));
        }
        return out;
    }

    /** Dense group numbers (0, 1, ...) in order of first appearance among {@code industries}. */
    public int[] groupsFor(List<String> industries) {
        Map<String, Integer> ids = new HashMap<>();
        int[] out = new int[industries.size()];
        String[] values = valuesFor(industries);
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.computeIfAbsent(values[i], k -> ids.size());
        }
        return out;
    }
}
