package org.clusterworks.mapping.importing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How the columns of an uploaded file become a dataset: which column holds the region, the industry (or cluster), the
 * year and each measure, which schemes the codes belong to, and what is dropped before validation.
 *
 * <p>A column reference may join columns with {@code +} ({@code fipstate+fipscty} for CBP county codes); a year of
 * {@code =2016} is a constant for files without a year column.
 *
 * @param name dataset name
 * @param description free text
 * @param source where the data comes from
 * @param licence licence or attribution text
 * @param regionScheme territorial scheme ({@code us-fips}, {@code nuts-2021}, ...) or {@code free} (codes unchecked)
 * @param industryScheme classification ({@code nace-rev2}, ...), cluster definition ({@code us-benchmark-clusters} or a
 *     workspace's own) or {@code free}
 * @param region column of the region code
 * @param industry column of the industry or cluster code
 * @param year column of the year, or {@code =YYYY}
 * @param measures measure name to column, in order (at most six)
 * @param flag optional column carried as a source flag (e.g. CBP {@code empflag})
 * @param referenceRegion optional region code whose rows are reference-area totals rather than a region
 * @param keep optional filters column to regular expression: rows whose value does not match are skipped (counted)
 * @param industryCodes how industry codes are rewritten before checking: {@code as-is} or {@code eurostat-nace}
 *     ({@code C10} becomes {@code 10})
 * @param suppression {@code none} or {@code cbp-empflag} (a suppressed employment of 0 with a size-class flag A-M
 *     becomes the class midpoint, as the U.S. Cluster Mapping Project does)
 * @param datasetId when set, the import replaces the data of this dataset as a new version
 */
public record ColumnMapping(
        String name,
        String description,
        String source,
        String licence,
        String regionScheme,
        String industryScheme,
        String region,
        String industry,
        String year,
        Map<String, String> measures,
        String flag,
        String referenceRegion,
        Map<String, String> keep,
        String industryCodes,
        String suppression,
        Long datasetId) {

    public static final int MAX_MEASURES = 6;
    static final List<String> SPECIAL = List.of("region", "industry", "cluster", "year", "flag");

    public ColumnMapping {
        measures = measures == null ? Map.of() : new LinkedHashMap<>(measures);
        keep = keep == null ? Map.of() : new LinkedHashMap<>(keep);
        industryCodes = blank(industryCodes) ? "as-is" : industryCodes;
        suppression = blank(suppression) ? "none" : suppression;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** What is wrong with the mapping itself (missing names, columns absent from the header); empty when fine. */
    public List<String> problems(List<String> header) {
        List<String> out = new ArrayList<>();
        if (blank(name)) {
            out.add("mapping: name is required");
        }
        if (blank(regionScheme)) {
            out.add("mapping: regionScheme is required");
        }
        if (blank(industryScheme)) {
            out.add("mapping: industryScheme is required");
        }
        checkColumn(out, "region", region, header, false);
        checkColumn(out, "industry", industry, header, false);
        checkColumn(out, "year", year, header, true);
        if (measures.isEmpty()) {
            out.add("mapping: at least one measure column is required (e.g. \"employment\": \"emp\")");
        }
        if (measures.size() > MAX_MEASURES) {
            out.add("mapping: at most " + MAX_MEASURES + " measures, got " + measures.size());
        }
        measures.forEach((m, c) -> {
            if (!m.matches("[A-Za-z][A-Za-z0-9_]{0,39}")) {
                out.add("mapping: measure name '" + m + "' must be letters, digits or _ (starting with a letter)");
            }
            checkColumn(out, m, c, header, false);
        });
        if (!blank(flag)) {
            checkColumn(out, "flag", flag, header, false);
        }
        keep.forEach((c, regex) -> {
            checkColumn(out, "keep", c, header, false);
            try {
                java.util.regex.Pattern.compile(regex);
            } catch (java.util.regex.PatternSyntaxException e) {
                out.add("mapping: filter for column " + c + " is not a valid pattern: " + e.getDescription());
            }
        });
        if (!List.of("as-is", "eurostat-nace").contains(industryCodes)) {
            out.add("mapping: industryCodes must be as-is or eurostat-nace");
        }
        if (!List.of("none", "cbp-empflag").contains(suppression)) {
            out.add("mapping: suppression must be none or cbp-empflag");
        }
        if ("cbp-empflag".equals(suppression) && (blank(flag) || !measures.containsKey("employment"))) {
            out.add("mapping: cbp-empflag needs a flag column and an employment measure");
        }
        return out;
    }

    private static void checkColumn(
            List<String> out, String role, String ref, List<String> header, boolean constantOk) {
        if (blank(ref)) {
            out.add("mapping: the " + role + " column is required");
            return;
        }
        if (constantOk && ref.startsWith("=")) {
            if (!ref.substring(1).trim().matches("\\d{4}")) {
                out.add("mapping: constant year must be =YYYY, got " + ref);
            }
            return;
        }
        for (String part : ref.split("\\+")) {
            if (indexOf(header, part.trim()) < 0) {
                out.add("mapping: column '" + part.trim() + "' (" + role + ") is not in the file; it has " + header);
            }
        }
    }

    static int indexOf(List<String> header, String column) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }

    /** A copy under another dataset name (e.g. a known layout's proposed mapping, named by the user). */
    public ColumnMapping withName(String newName) {
        return copy(newName, datasetId);
    }

    /** A copy with another dataset id (for replacing a dataset's data). */
    public ColumnMapping withDatasetId(Long id) {
        return copy(name, id);
    }

    private ColumnMapping copy(String newName, Long id) {
        return new ColumnMapping(
                newName,
                description,
                source,
                licence,
                regionScheme,
                industryScheme,
                region,
                industry,
                year,
                measures,
                flag,
                referenceRegion,
                keep,
                industryCodes,
                suppression,
                id);
    }

    /**
     * Reads the API's mapping JSON: {@code name}, {@code regionScheme}, {@code industryScheme}, optional {@code
     * description}, {@code source}, {@code licence}, {@code referenceRegion}, {@code keep}, {@code industryCodes},
     * {@code suppression}, {@code datasetId}, and {@code columns} with {@code region}, {@code industry} (or {@code
     * cluster}), {@code year}, optional {@code flag}, and every other key a measure.
     */
    public static ColumnMapping fromJson(JsonMapper json, String text) {
        JsonNode root = json.readTree(text);
        if (!(root instanceof ObjectNode)) {
            throw new IllegalArgumentException("mapping must be a JSON object");
        }
        JsonNode columns = root.path("columns");
        Map<String, String> measures = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = columns.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!SPECIAL.contains(e.getKey())) {
                measures.put(e.getKey(), e.getValue().asString());
            }
        }
        Map<String, String> keep = new LinkedHashMap<>();
        root.path("keep")
                .properties()
                .forEach(e -> keep.put(e.getKey(), e.getValue().asString()));
        String industry = text(columns, "industry");
        return new ColumnMapping(
                text(root, "name"),
                text(root, "description"),
                text(root, "source"),
                text(root, "licence"),
                text(root, "regionScheme"),
                text(root, "industryScheme"),
                text(columns, "region"),
                industry != null ? industry : text(columns, "cluster"),
                text(columns, "year"),
                measures,
                text(columns, "flag"),
                text(root, "referenceRegion"),
                keep,
                text(root, "industryCodes"),
                text(root, "suppression"),
                root.hasNonNull("datasetId") ? root.get("datasetId").asLong() : null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
