package org.clusterworks.reference.loading;

import static org.clusterworks.reference.classification.ClassificationSchemes.ISIC_REV4;
import static org.clusterworks.reference.classification.ClassificationSchemes.NACE_REV2;
import static org.clusterworks.reference.classification.ClassificationSchemes.NAICS_2012;
import static org.clusterworks.reference.classification.ClassificationSchemes.NAICS_2017;
import static org.clusterworks.reference.classification.ClassificationSchemes.NAICS_2022;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** The concordances between classifications, each from one shipped file. */
final class ConcordanceDatasets {

    private static final String INSERT = """
            insert into ref_industry_concordance
                (dataset, from_scheme, from_code, to_scheme, to_code, from_part, to_part, note)
            values (:dataset, :fromScheme, :fromCode, :toScheme, :toCode, :fromPart, :toPart, :note)""";

    /** How to read one concordance file: its columns and the schemes they hold. */
    record Spec(
            String file,
            String fromScheme,
            String fromColumn,
            String toScheme,
            String toColumn,
            String fromPartColumn,
            String toPartColumn,
            String noteColumn) {

        String dataset() {
            return "concordance:" + fromScheme + ":" + toScheme;
        }
    }

    static final List<Spec> SPECS = List.of(
            new Spec(
                    "concordances/naics2017_to_nace_rev2.csv",
                    NAICS_2017,
                    "naics2017",
                    NACE_REV2,
                    "nace_rev2",
                    null,
                    null,
                    "notes"),
            new Spec(
                    "concordances/naics2012_to_isic4_census.csv",
                    NAICS_2012,
                    "naics2012",
                    ISIC_REV4,
                    "isic4",
                    "naics_part_flag",
                    "isic_part_flag",
                    "notes"),
            new Spec(
                    "concordances/naics2017_to_isic4_census.csv",
                    NAICS_2017,
                    "naics2017",
                    ISIC_REV4,
                    "isic4",
                    "naics_part_flag",
                    "isic_part_flag",
                    "notes"),
            new Spec(
                    "concordances/naics2017_to_naics2012_census.csv",
                    NAICS_2017,
                    "naics2017",
                    NAICS_2012,
                    "naics2012",
                    null,
                    null,
                    null),
            new Spec(
                    "concordances/naics2017_to_naics2022.csv",
                    NAICS_2017,
                    "naics2017",
                    NAICS_2022,
                    "naics2022",
                    null,
                    null,
                    "change_indicator"));

    private ConcordanceDatasets() {}

    static List<ReferenceDataset> all() {
        return SPECS.stream().map(ConcordanceDatasets::dataset).toList();
    }

    private static ReferenceDataset dataset(Spec spec) {
        return new SimpleDataset(spec.dataset(), List.of(spec.file()), (files, writer) -> {
            writer.update(
                    "delete from ref_industry_concordance where dataset = :dataset", Map.of("dataset", spec.dataset()));
            return writer.insertAll(INSERT, rows(spec, files.get(spec.file()).csv()));
        });
    }

    /**
     * The rows of one concordance. Rows whose source code is {@code 0} ("multiple NAICS industries", the Census
     * files' catch-all for ISIC 9810/9820) are left out: 0 is not a NAICS code. A part-flag column that flags no row
     * at all (NAICS 2012 to ISIC: the columns exist but are empty) says nothing, so its flags are stored as null.
     */
    static List<Map<String, Object>> rows(Spec spec, List<CSVRecord> records) {
        String fromPartColumn = flagsAnything(records, spec.fromPartColumn()) ? spec.fromPartColumn() : null;
        String toPartColumn = flagsAnything(records, spec.toPartColumn()) ? spec.toPartColumn() : null;
        List<Map<String, Object>> rows = new ArrayList<>(records.size());
        for (CSVRecord r : records) {
            String from = r.get(spec.fromColumn()).strip();
            String to = r.get(spec.toColumn()).strip();
            if (from.isEmpty() || to.isEmpty() || from.equals("0")) {
                continue;
            }
            Map<String, Object> p = new HashMap<>();
            p.put("dataset", spec.dataset());
            p.put("fromScheme", spec.fromScheme());
            p.put("fromCode", from);
            p.put("toScheme", spec.toScheme());
            p.put("toCode", to);
            p.put("fromPart", partFlag(r, fromPartColumn));
            p.put("toPart", partFlag(r, toPartColumn));
            p.put(
                    "note",
                    spec.noteColumn() == null ? null : ClassificationDatasets.blankToNull(r.get(spec.noteColumn())));
            rows.add(p);
        }
        return rows;
    }

    private static boolean flagsAnything(List<CSVRecord> records, String column) {
        return column != null && records.stream().anyMatch(r -> r.get(column).contains("*"));
    }

    /** The Census files mark "part of" with {@code *}; a file without such flags says nothing (null). */
    private static Boolean partFlag(CSVRecord r, String column) {
        if (column == null) {
            return null;
        }
        return r.get(column).contains("*");
    }
}
