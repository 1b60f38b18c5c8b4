package org.clusterworks.reference.loading;

import static org.clusterworks.reference.classification.ClassificationSchemes.ISIC_REV4;
import static org.clusterworks.reference.classification.ClassificationSchemes.NACE_REV2;
import static org.clusterworks.reference.classification.ClassificationSchemes.NAICS_2012;
import static org.clusterworks.reference.classification.ClassificationSchemes.NAICS_2017;
import static org.clusterworks.reference.classification.ClassificationSchemes.NAICS_2022;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.clusterworks.reference.search.SearchText;

/** The industry classification data sets: NACE Rev. 2, ISIC Rev. 4 and NAICS 2012, 2017, 2022. */
final class ClassificationDatasets {

    static final String NACE_FILE = "classifications/nace_rev2_structure_en.csv";
    /** Eurostat's explanatory notes ("includes" and "also includes", not "excludes") of NACE codes. */
    static final String NACE_NOTES_FILE = "classifications/nace_rev2_notes_en.csv";

    static final String ISIC_FILE = "classifications/isic_rev4_structure_en.csv";
    static final String NAICS_2012_FILE = "classifications/naics2012_codes_titles.csv";
    static final String NAICS_2017_FILE = "classifications/naics2017_codes_titles.csv";
    static final String NAICS_2022_FILE = "classifications/naics2022_codes_titles.csv";

    private static final String INSERT = """
            insert into ref_industry_code
                (scheme, code, title, title_lower, level_no, parent_code, sort_no, notes, notes_lower)
            values (:scheme, :code, :title, :titleLower, :level, :parent, :sort, :notes, :notesLower)""";

    private ClassificationDatasets() {}

    static List<ReferenceDataset> all() {
        return List.of(
                dataset(NACE_REV2, NACE_FILE, NACE_NOTES_FILE, ClassificationDatasets::nace),
                dataset(ISIC_REV4, ISIC_FILE, null, ClassificationDatasets::isic),
                dataset(NAICS_2012, NAICS_2012_FILE, null, ClassificationDatasets::naics),
                dataset(NAICS_2017, NAICS_2017_FILE, null, ClassificationDatasets::naics),
                dataset(NAICS_2022, NAICS_2022_FILE, null, ClassificationDatasets::naics));
    }

    /** A parsed code before it gets its scheme and position. */
    record Row(String code, String title, int level, String parent) {}

    private interface Parser {
        List<Row> parse(List<CSVRecord> records);
    }

    /** A classification read from its structure file and, where there is one, a file of explanatory notes. */
    private static ReferenceDataset dataset(String scheme, String file, String notesFile, Parser parser) {
        List<String> shipped = notesFile == null ? List.of(file) : List.of(file, notesFile);
        return new SimpleDataset("classification:" + scheme, shipped, (files, writer) -> {
            List<Row> rows = parser.parse(files.get(file).csv());
            Map<String, String> notes =
                    notesFile == null ? Map.of() : notes(files.get(notesFile).csv(), rows);
            writer.update("delete from ref_industry_code where scheme = :scheme", Map.of("scheme", scheme));
            List<Map<String, Object>> params = new ArrayList<>(rows.size());
            for (Row row : rows) {
                Map<String, Object> p = new HashMap<>();
                p.put("scheme", scheme);
                p.put("code", row.code());
                p.put("title", row.title());
                p.put("titleLower", SearchText.fold(row.title()));
                p.put("level", row.level());
                p.put("parent", row.parent());
                p.put("sort", params.size());
                String note = notes.get(row.code());
                p.put("notes", note);
                p.put("notesLower", note == null ? null : SearchText.fold(note));
                params.add(p);
            }
            return writer.insertAll(INSERT, params);
        });
    }

    static List<Row> nace(List<CSVRecord> records) {
        return records.stream()
                .map(r -> new Row(
                        r.get("code").strip(),
                        r.get("title").strip(),
                        Integer.parseInt(r.get("level").strip()),
                        blankToNull(r.get("parent"))))
                .toList();
    }

    /**
     * The notes file ({@code code,includes}) as code to text, blank texts left out. A code the structure file does not
     * have fails the load, so a notes file out of step with the codes cannot go unnoticed.
     */
    static Map<String, String> notes(List<CSVRecord> records, List<Row> rows) {
        Set<String> codes = new HashSet<>();
        rows.forEach(r -> codes.add(r.code()));
        Map<String, String> notes = new HashMap<>();
        for (CSVRecord r : records) {
            String code = r.get("code").strip();
            String text = blankToNull(r.get("includes"));
            if (!codes.contains(code)) {
                throw new IllegalArgumentException("notes row " + r.getRecordNumber() + ": unknown code " + code);
            }
            if (text != null && notes.put(code, text) != null) {
                throw new IllegalArgumentException("notes row " + r.getRecordNumber() + ": code " + code + " twice");
            }
        }
        return notes;
    }

    static List<Row> isic(List<CSVRecord> records) {
        return records.stream()
                .map(r -> {
                    String code = r.get("code").strip();
                    return new Row(
                            code,
                            r.get("title").strip(),
                            Integer.parseInt(r.get("level").strip()),
                            IndustryStructure.isicParent(code));
                })
                .toList();
    }

    static List<Row> naics(List<CSVRecord> records) {
        Set<String> codes = new LinkedHashSet<>();
        for (CSVRecord r : records) {
            codes.add(r.get("code").strip());
        }
        return records.stream()
                .map(r -> {
                    String code = r.get("code").strip();
                    return new Row(
                            code,
                            r.get("title").strip(),
                            IndustryStructure.naicsLevel(code),
                            IndustryStructure.naicsParent(code, codes));
                })
                .toList();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
