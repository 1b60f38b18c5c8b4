package org.clusterworks.reference.loading;

import static org.clusterworks.reference.territory.TerritorySchemes.ISO3166;
import static org.clusterworks.reference.territory.TerritorySchemes.NUTS_2016;
import static org.clusterworks.reference.territory.TerritorySchemes.NUTS_2021;
import static org.clusterworks.reference.territory.TerritorySchemes.NUTS_2024;
import static org.clusterworks.reference.territory.TerritorySchemes.TZ_REGIONS;
import static org.clusterworks.reference.territory.TerritorySchemes.US_FIPS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.clusterworks.reference.search.SearchText;

/** The territorial data sets: ISO 3166-1 countries, NUTS 2016/2021/2024, US states and counties, Tanzania's regions. */
final class TerritoryDatasets {

    static final String COUNTRIES_FILE = "territories/iso3166_1_countries.csv";
    static final String NUTS_2016_FILE = "territories/nuts2016_codes_labels.csv";
    static final String NUTS_2021_FILE = "territories/nuts2021_codes_labels.csv";
    static final String NUTS_2024_FILE = "territories/nuts2024_codes_labels.csv";
    static final String US_STATES_FILE = "territories/us_state_fips_master_kjhealy.csv";
    static final String US_COUNTIES_FILE = "territories/us_county_fips_master_kjhealy.csv";
    static final String TZ_FILE = "territories/tz_regions_iso3166_2.csv";
    static final String GEOMETRY_FILE = "territories/geometries.csv";

    /** NUTS country codes that differ from ISO 3166-1 alpha-2. */
    private static final Map<String, String> NUTS_TO_ISO = Map.of("EL", "GR", "UK", "GB");

    private static final String INSERT = """
            insert into ref_territory
                (scheme, code, name, name_lower, level_no, parent_code, country_code, alpha3, numeric_code, sort_no)
            values (:scheme, :code, :name, :nameLower, :level, :parent, :country, :alpha3, :numeric, :sort)""";

    private TerritoryDatasets() {}

    /** A parsed territory before it gets its scheme and position. */
    record Row(String code, String name, int level, String parent, String country, String alpha3, String numeric) {

        static Row of(String code, String name, int level, String parent, String country) {
            return new Row(code, name, level, parent, country, null, null);
        }
    }

    private interface Parser {
        List<Row> parse(Map<String, ShippedFile> files);
    }

    static List<ReferenceDataset> all() {
        return List.of(
                dataset(
                        ISO3166,
                        List.of(COUNTRIES_FILE),
                        files -> countries(files.get(COUNTRIES_FILE).csv())),
                dataset(NUTS_2016, List.of(NUTS_2016_FILE, COUNTRIES_FILE), files -> nuts(files, NUTS_2016_FILE, null)),
                dataset(
                        NUTS_2021,
                        List.of(NUTS_2021_FILE, COUNTRIES_FILE, NUTS_2024_FILE),
                        files -> nuts(files, NUTS_2021_FILE, NUTS_2024_FILE)),
                dataset(NUTS_2024, List.of(NUTS_2024_FILE, COUNTRIES_FILE), files -> nuts(files, NUTS_2024_FILE, null)),
                dataset(
                        US_FIPS,
                        List.of(US_STATES_FILE, US_COUNTIES_FILE),
                        files -> usFips(
                                files.get(US_STATES_FILE).csv(),
                                files.get(US_COUNTIES_FILE).csv())),
                dataset(
                        TZ_REGIONS,
                        List.of(TZ_FILE),
                        files -> tanzania(files.get(TZ_FILE).csv())),
                geometry());
    }

    private static ReferenceDataset dataset(String scheme, List<String> fileNames, Parser parser) {
        return new SimpleDataset("territory:" + scheme, fileNames, (files, writer) -> {
            List<Row> rows = parser.parse(files);
            writer.update("delete from ref_territory where scheme = :scheme", Map.of("scheme", scheme));
            List<Map<String, Object>> params = new ArrayList<>(rows.size());
            for (Row row : rows) {
                Map<String, Object> p = new HashMap<>();
                p.put("scheme", scheme);
                p.put("code", row.code());
                p.put("name", row.name());
                p.put("nameLower", SearchText.fold(row.name()));
                p.put("level", row.level());
                p.put("parent", row.parent());
                p.put("country", row.country());
                p.put("alpha3", row.alpha3());
                p.put("numeric", row.numeric());
                p.put("sort", params.size());
                params.add(p);
            }
            return writer.insertAll(INSERT, params);
        });
    }

    /** Countries by alpha-2 code, named by their common name where ISO gives one ("Tanzania"), else the ISO name. */
    static List<Row> countries(List<CSVRecord> records) {
        return records.stream()
                .map(r -> new Row(
                        r.get("alpha2"), countryName(r), 0, null, r.get("alpha2"), r.get("alpha3"), r.get("numeric")))
                .toList();
    }

    private static String countryName(CSVRecord r) {
        String common = r.get("common_name");
        return common == null || common.isBlank() ? r.get("name") : common;
    }

    /**
     * NUTS regions. The parent is the code less its last character, except where NUTS broke that rule (NUTS 2016
     * Northern Ireland: UKN10 ... UKN16 lie in UKN0), where it is the only region one level up that shares the code
     * less its last two characters. Empty level-0 labels (NUTS 2021) are filled with the English country name and
     * missing level-0 rows (NUTS 2024) are added, named the same way; another empty label (NUTS 2021 RO322) is taken
     * from the same code in the fallback file, when one is given.
     */
    static List<Row> nuts(Map<String, ShippedFile> files, String file, String fallbackFile) {
        Map<String, String> countryNames = new HashMap<>();
        for (Row country : countries(files.get(COUNTRIES_FILE).csv())) {
            countryNames.put(country.code(), country.name());
        }
        Map<String, String> fallbackLabels = new HashMap<>();
        if (fallbackFile != null) {
            for (CSVRecord r : files.get(fallbackFile).csv()) {
                fallbackLabels.put(r.get("nuts_code").strip(), r.get("label").strip());
            }
        }
        List<CSVRecord> records = files.get(file).csv();
        Map<String, Integer> levels = new HashMap<>();
        for (CSVRecord r : records) {
            levels.put(
                    r.get("nuts_code").strip(), Integer.parseInt(r.get("level").strip()));
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        for (CSVRecord r : records) {
            String nutsCountry = r.get("country").strip();
            String iso = NUTS_TO_ISO.getOrDefault(nutsCountry, nutsCountry);
            String code = r.get("nuts_code").strip();
            int level = levels.get(code);
            if (level > 0 && !rows.containsKey(nutsCountry)) {
                levels.putIfAbsent(nutsCountry, 0);
                rows.put(nutsCountry, Row.of(nutsCountry, countryName(countryNames, iso), 0, null, iso));
            }
            String name = r.get("label").strip();
            if (name.isEmpty()) {
                name = level == 0 ? countryName(countryNames, iso) : fallbackLabels.getOrDefault(code, "");
            }
            if (name.isEmpty()) {
                throw new IllegalStateException("NUTS region " + code + " has no label in " + file);
            }
            rows.putIfAbsent(code, Row.of(code, name, level, level == 0 ? null : nutsParent(code, level, levels), iso));
        }
        return List.copyOf(rows.values());
    }

    private static String nutsParent(String code, int level, Map<String, Integer> levels) {
        String direct = code.substring(0, code.length() - 1);
        if (Integer.valueOf(level - 1).equals(levels.get(direct))) {
            return direct;
        }
        String stem = code.substring(0, code.length() - 2);
        List<String> candidates = levels.entrySet().stream()
                .filter(e -> e.getValue() == level - 1 && e.getKey().startsWith(stem))
                .map(Map.Entry::getKey)
                .toList();
        if (candidates.size() != 1) {
            throw new IllegalStateException("NUTS region " + code + " has no unambiguous parent: " + candidates);
        }
        return candidates.get(0);
    }

    private static String countryName(Map<String, String> names, String iso) {
        String name = names.get(iso);
        if (name == null) {
            throw new IllegalStateException("No ISO 3166-1 country " + iso + " in " + COUNTRIES_FILE);
        }
        return name;
    }

    /**
     * US states (2-digit FIPS) and counties (5-digit, parent the state). The state file has no District of
     * Columbia, so it is added from the county file's state-level row (summary level 40); every other row is a county,
     * including three whose state column is "NA" (02270, 46113, 51515, codes retired before the file's vintage), so
     * the state is taken from the first two digits of the FIPS code.
     */
    static List<Row> usFips(List<CSVRecord> states, List<CSVRecord> counties) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (CSVRecord r : states) {
            String code = pad(r.get("fips"), 2);
            rows.put(code, Row.of(code, r.get("state_name").strip(), 1, null, "US"));
        }
        List<Row> countyRows = new ArrayList<>();
        for (CSVRecord r : counties) {
            String fips = pad(r.get("fips"), 5);
            String state = fips.substring(0, 2);
            if (!rows.containsKey(state)) {
                rows.put(state, Row.of(state, r.get("state_name").strip(), 1, null, "US"));
            }
            if (!"40".equals(r.get("sumlev").strip())) {
                countyRows.add(Row.of(fips, r.get("county_name").strip(), 2, state, "US"));
            }
        }
        for (Row county : countyRows) {
            rows.putIfAbsent(county.code(), county);
        }
        return List.copyOf(rows.values());
    }

    static List<Row> tanzania(List<CSVRecord> records) {
        return records.stream()
                .map(r -> Row.of(r.get("code").strip(), r.get("name").strip(), 1, null, "TZ"))
                .toList();
    }

    private static String pad(String digits, int width) {
        String s = digits.strip();
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }

    private static ReferenceDataset geometry() {
        return new SimpleDataset("territory-geometry", List.of(GEOMETRY_FILE), (files, writer) -> {
            writer.update("delete from ref_territory_geometry", Map.of());
            List<Map<String, Object>> params = new ArrayList<>();
            for (CSVRecord r : files.get(GEOMETRY_FILE).csv()) {
                params.add(Map.of(
                        "scheme", r.get("scheme"),
                        "level", Integer.parseInt(r.get("level")),
                        "path", r.get("path"),
                        "property", r.get("feature_property"),
                        "joinOn", r.get("join_on"),
                        "attribution", "reference.attribution." + r.get("attribution")));
            }
            return writer.insertAll("""
                    insert into ref_territory_geometry (scheme, level_no, path, feature_property, join_on, attribution)
                    values (:scheme, :level, :path, :property, :joinOn, :attribution)""", params);
        });
    }
}
