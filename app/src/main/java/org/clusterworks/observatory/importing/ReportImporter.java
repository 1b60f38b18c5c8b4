package org.clusterworks.observatory.importing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clusterworks.observatory.core.Budget;
import org.clusterworks.observatory.core.Country;
import org.clusterworks.observatory.core.Dimension;
import org.clusterworks.observatory.core.FicheSection;
import org.clusterworks.observatory.core.Item;
import org.clusterworks.observatory.core.Level;
import org.clusterworks.observatory.core.ObservatoryRepository;
import org.clusterworks.observatory.core.Rating;
import org.clusterworks.observatory.core.Taxonomy;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the 2019 EOCIC report's data: the structured files derived from the report's text by
 * {@code scripts/observatory/derive_eocic_2019.py} (which resolves the text's broken tables, see
 * docs/observatory.md), shipped in {@code observatory/eocic-2019/}. Every file is validated first and every problem
 * is reported with file, row and column; then everything is written in one transaction, or nothing. Re-running
 * replaces what the report's waves hold and keeps programmes' ids (upsert by key) and later waves.
 */
@Component
public class ReportImporter {

    /** Where the shipped files are. */
    public static final String BUNDLE = "observatory/eocic-2019/";

    static final String SOURCE = "EOCIC (2019), Cluster programmes in Europe and beyond, DOI 10.2826/357551";

    /** The report's waves: code to (year, level, title). */
    static final Map<String, Level> WAVES = Map.of(
            "eocic-2018-national", Level.NATIONAL,
            "eocic-2018-regional", Level.REGIONAL,
            "eocic-2018-international", Level.INTERNATIONAL);

    /** The 2015 survey the report compares with, known only through the counts the report cites. */
    static final String WAVE_2015 = "eco-2015";

    /** The columns each file must have (found by fuzzing: a missing one was a server error, not a problem). */
    private static final Map<String, List<String>> COLUMNS = Map.of(
            "taxonomy.tsv",
            List.of(
                    "dimension",
                    "code",
                    "position",
                    "label_national",
                    "label_regional",
                    "label_fr",
                    "label_sw",
                    "certainty"),
            "countries.tsv",
            List.of("iso", "name", "group", "status", "status_text", "source"),
            "regions.tsv",
            List.of(
                    "key",
                    "country",
                    "name",
                    "nuts",
                    "source",
                    "policy",
                    "past",
                    "plans",
                    "programmes",
                    "status_text",
                    "status_source"),
            "programmes.tsv",
            List.of(
                    "key",
                    "level",
                    "country",
                    "region",
                    "name",
                    "url",
                    "duration",
                    "budget",
                    "sectoral_focus",
                    "source"),
            "answers.tsv",
            List.of("subject", "wave", "dimension", "item", "rating", "response", "other", "source"),
            "fiches.tsv",
            List.of("country", "section", "position", "heading", "text", "source"),
            "ambiguities.tsv",
            List.of("source", "problem", "resolution"),
            "published-counts.tsv",
            List.of("wave", "level", "dimension", "item", "count", "answers", "source", "note"));

    private static final Set<String> SECTIONS =
            Set.of("introduction", "development", "programme", "objectives", "achievements", "summary");

    private final ObservatoryRepository repository;
    private final Taxonomy taxonomy;
    private final TransactionTemplate tx;

    public ReportImporter(ObservatoryRepository repository, Taxonomy taxonomy, TransactionTemplate tx) {
        this.repository = repository;
        this.taxonomy = taxonomy;
        this.tx = tx;
    }

    /** Imports the files shipped with the application. */
    public ImportReport importShipped() {
        return importFrom(name -> {
            try {
                String path = name.equals("taxonomy.tsv") ? "observatory/taxonomy.tsv" : BUNDLE + name;
                return new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Imports from files opened by {@code open} (file name to reader): all or nothing. */
    public ImportReport importFrom(Function<String, Reader> open) {
        List<String> problems = new ArrayList<>();
        Rows items = read(open, "taxonomy.tsv", problems);
        Rows countries = read(open, "countries.tsv", problems);
        Rows regions = read(open, "regions.tsv", problems);
        Rows programmes = read(open, "programmes.tsv", problems);
        Rows answers = read(open, "answers.tsv", problems);
        Rows fiches = read(open, "fiches.tsv", problems);
        Rows ambiguities = read(open, "ambiguities.tsv", problems);
        Rows published = read(open, "published-counts.tsv", problems);
        if (!problems.isEmpty()) {
            throw new ImportFailed(problems);
        }
        Map<String, Set<String>> known = new HashMap<>();
        for (CSVRecord r : items.records) {
            String dim = items.required(r, "dimension", problems);
            if (dim != null && Dimension.byCode(dim).isEmpty()) {
                problems.add(items.at(r, "dimension") + ": unknown dimension '" + dim + "'");
            }
            known.computeIfAbsent(dim, k -> new HashSet<>()).add(items.required(r, "code", problems));
            for (String c : List.of("label_national", "label_regional", "label_fr", "label_sw", "certainty")) {
                items.required(r, c, problems);
            }
            items.integer(r, "position", problems);
        }
        Set<String> isos = new HashSet<>();
        for (CSVRecord r : countries.records) {
            String iso = countries.required(r, "iso", problems);
            if (iso != null && !iso.matches("[A-Z]{2}")) {
                problems.add(countries.at(r, "iso") + ": '" + iso + "' is not an ISO 3166 alpha-2 code");
            }
            isos.add(iso);
            countries.required(r, "name", problems);
            countries.required(r, "status", problems);
        }
        Set<String> regionKeys = new HashSet<>();
        for (CSVRecord r : regions.records) {
            regionKeys.add(regions.required(r, "key", problems));
            countryOf(regions, r, isos, problems);
            regions.required(r, "name", problems);
            for (String column : List.of("policy", "past", "plans")) {
                String v = r.get(column);
                if (!v.isBlank() && !v.equals("true") && !v.equals("false")) {
                    problems.add(regions.at(r, column) + ": must be true, false or empty, not '" + v + "'");
                }
            }
        }
        Map<String, Level> programmeLevel = new HashMap<>();
        for (CSVRecord r : programmes.records) {
            String key = programmes.required(r, "key", problems);
            if (key != null && programmeLevel.containsKey(key)) {
                problems.add(programmes.at(r, "key") + ": programme '" + key + "' appears twice");
            }
            Level level = level(programmes, r, problems);
            programmeLevel.put(key, level);
            countryOf(programmes, r, isos, problems);
            programmes.required(r, "name", problems);
            String region = r.get("region");
            if (level == Level.REGIONAL && !regionKeys.contains(region)) {
                problems.add(programmes.at(r, "region") + ": unknown region '" + region + "'");
            }
        }
        for (CSVRecord r : answers.records) {
            String subject = answers.required(r, "subject", problems);
            if (subject != null
                    && !programmeLevel.containsKey(subject)
                    && !regionKeys.contains(subject)
                    && !(subject.startsWith("C-") && isos.contains(subject.substring(2)))) {
                problems.add(answers.at(r, "subject") + ": no programme, region or country '" + subject + "'");
            }
            String wave = r.get("wave");
            if (!WAVES.containsKey(wave)) {
                problems.add(answers.at(r, "wave") + ": unknown wave '" + wave + "'");
            }
            String dim = r.get("dimension");
            String item = r.get("item");
            if (!known.containsKey(dim)) {
                problems.add(answers.at(r, "dimension") + ": unknown dimension '" + dim + "'");
            } else if (!item.isBlank() && !known.get(dim).contains(item)) {
                problems.add(answers.at(r, "item") + ": '" + item + "' is not in the closed list of " + dim);
            } else if (item.isBlank() && r.get("other").isBlank()) {
                problems.add(answers.at(r, "other") + ": an answer needs a closed item or an 'other' text");
            }
            if (!Rating.ALL.contains(r.get("rating"))) {
                problems.add(answers.at(r, "rating") + ": rating must be one of " + Rating.ALL + ", not '"
                        + r.get("rating") + "'");
            }
            Integer response = answers.integer(r, "response", problems);
            if (response != null && response < 1) {
                problems.add(answers.at(r, "response") + ": must be 1 or more");
            }
        }
        for (CSVRecord r : published.records) {
            String wave = r.get("wave");
            if (!WAVES.containsKey(wave) && !wave.equals(WAVE_2015)) {
                problems.add(published.at(r, "wave") + ": unknown wave '" + wave + "'");
            }
            level(published, r, problems);
            String dim = r.get("dimension");
            if (!known.containsKey(dim) || !known.get(dim).contains(r.get("item"))) {
                problems.add(published.at(r, "item") + ": '" + r.get("item") + "' is not in the closed list of " + dim);
            }
            published.integer(r, "count", problems);
            if (!r.get("answers").isBlank()) {
                published.integer(r, "answers", problems);
            }
        }
        for (CSVRecord r : fiches.records) {
            countryOf(fiches, r, isos, problems);
            if (!SECTIONS.contains(r.get("section"))) {
                problems.add(fiches.at(r, "section") + ": unknown section '" + r.get("section") + "'");
            }
            fiches.integer(r, "position", problems);
        }
        if (!problems.isEmpty()) {
            throw new ImportFailed(problems);
        }
        ImportReport report = tx.execute(status ->
                write(items, countries, regions, programmes, answers, fiches, ambiguities, published, programmeLevel));
        taxonomy.reload();
        return report;
    }

    private ImportReport write(
            Rows items,
            Rows countries,
            Rows regions,
            Rows programmes,
            Rows answers,
            Rows fiches,
            Rows ambiguities,
            Rows published,
            Map<String, Level> programmeLevel) {
        for (CSVRecord r : items.records) {
            repository.upsertItem(new Item(
                    r.get("dimension"),
                    r.get("code"),
                    Integer.parseInt(r.get("position")),
                    r.get("label_national"),
                    r.get("label_regional"),
                    r.get("label_fr"),
                    r.get("label_sw"),
                    r.get("certainty")));
        }
        for (CSVRecord r : countries.records) {
            repository.upsertCountry(new Country(
                    r.get("iso"),
                    r.get("name"),
                    r.get("group"),
                    r.get("status"),
                    blank(r.get("status_text")),
                    r.get("source")));
        }
        Map<String, Long> regionIds = new HashMap<>();
        for (CSVRecord r : regions.records) {
            long id = repository.upsertRegion(
                    r.get("key"), r.get("country"), r.get("name"), blank(r.get("nuts")), r.get("source"));
            regionIds.put(r.get("key"), id);
            repository.saveRegionStatus(
                    id,
                    bool(r.get("policy")),
                    bool(r.get("past")),
                    bool(r.get("plans")),
                    r.get("programmes"),
                    r.get("status_text"),
                    r.get("status_source"));
        }
        Map<String, Long> waveIds = new HashMap<>();
        WAVES.forEach((code, level) -> {
            long id = repository
                    .wave(code)
                    .map(w -> w.id())
                    .orElseGet(() -> repository.createWave(
                            code, 2018, level, "EOCIC 2018 survey, " + level.id() + " level", SOURCE));
            repository.clearWave(id);
            waveIds.put(code, id);
        });
        long wave2015 = repository
                .wave(WAVE_2015)
                .map(w -> w.id())
                .orElseGet(() -> repository.createWave(
                        WAVE_2015,
                        2015,
                        Level.NATIONAL,
                        "European Cluster Observatory survey 2015 (as cited in the 2019 report)",
                        "Meier zu Köcker and Müller (2015), Cluster Programmes in Europe, European Cluster Observatory;"
                                + " cited in " + SOURCE));
        waveIds.put(WAVE_2015, wave2015);
        waveIds.values().forEach(repository::clearPublished);
        for (CSVRecord r : published.records) {
            repository.insertPublished(
                    waveIds.get(r.get("wave")),
                    Level.valueOf(r.get("level")),
                    r.get("dimension"),
                    new ObservatoryRepository.Published(
                            r.get("item"),
                            Integer.parseInt(r.get("count")),
                            r.get("answers").isBlank() ? null : Integer.parseInt(r.get("answers")),
                            r.get("source"),
                            r.get("note")));
        }
        Map<String, Long> programmeIds = new HashMap<>();
        Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
        for (CSVRecord r : programmes.records) {
            Level level = Level.valueOf(r.get("level"));
            Long region = level == Level.REGIONAL ? regionIds.get(r.get("region")) : null;
            long id = repository.upsertProgramme(
                    r.get("key"), level, r.get("country"), region, r.get("name"), r.get("url"), r.get("source"));
            programmeIds.put(r.get("key"), id);
            byLevel.merge(level, 1, Integer::sum);
            String wave = "eocic-2018-" + level.id();
            repository.saveProgrammeWave(
                    id,
                    waveIds.get(wave),
                    r.get("duration"),
                    Budget.parse(r.get("budget")),
                    r.get("sectoral_focus"),
                    null,
                    r.get("source"),
                    "import");
        }
        for (CSVRecord r : answers.records) {
            String subject = r.get("subject");
            Long programme = programmeIds.get(subject);
            Long region = programme == null ? regionIds.get(subject) : null;
            String country = programme == null && region == null ? subject.substring(2) : null;
            Level level = programme != null
                    ? programmeLevel.get(subject)
                    : region != null ? Level.REGIONAL : WAVES.get(r.get("wave"));
            repository.insertAnswer(
                    waveIds.get(r.get("wave")),
                    level,
                    programme,
                    region,
                    country,
                    Integer.parseInt(r.get("response")),
                    r.get("dimension"),
                    r.get("item"),
                    r.get("rating"),
                    r.get("other"),
                    r.get("source"));
        }
        Map<String, List<FicheSection>> byCountry = new LinkedHashMap<>();
        for (CSVRecord r : fiches.records) {
            byCountry
                    .computeIfAbsent(r.get("country"), k -> new ArrayList<>())
                    .add(new FicheSection(
                            r.get("country"),
                            r.get("section"),
                            Integer.parseInt(r.get("position")),
                            r.get("heading"),
                            r.get("text").replace("\\n", "\n"),
                            r.get("source")));
        }
        byCountry.forEach(repository::replaceFiche);
        List<String> notes = ambiguities.records.stream()
                .map(r -> r.get("source") + ": " + r.get("problem") + " (" + r.get("resolution") + ")")
                .toList();
        ImportReport report = new ImportReport(
                byLevel,
                regions.records.size(),
                countries.records.size(),
                answers.records.size(),
                byCountry.size(),
                notes);
        repository.logImport(SOURCE, programmes.records.size(), answers.records.size(), report.text());
        return report;
    }

    private static Level level(Rows rows, CSVRecord r, List<String> problems) {
        try {
            Level level = Level.parse(r.get("level"));
            if (level == null) {
                problems.add(rows.at(r, "level") + ": missing");
            }
            return level;
        } catch (IllegalArgumentException e) {
            problems.add(rows.at(r, "level") + ": " + e.getMessage());
            return null;
        }
    }

    private static void countryOf(Rows rows, CSVRecord r, Set<String> isos, List<String> problems) {
        String column = rows.file.equals("fiches.tsv") ? "country" : "country";
        if (!isos.contains(r.get(column))) {
            problems.add(rows.at(r, column) + ": unknown country '" + r.get(column) + "'");
        }
    }

    private static Boolean bool(String s) {
        return s == null || s.isBlank() ? null : Boolean.valueOf(s);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Rows read(Function<String, Reader> open, String file, List<String> problems) {
        try (Reader reader = open.apply(file)) {
            var format = CSVFormat.TDF
                    .builder()
                    .setCommentMarker('#')
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(false)
                    .get();
            var parser = format.parse(reader);
            List<String> missing = COLUMNS.getOrDefault(file, List.of()).stream()
                    .filter(c -> !parser.getHeaderNames().contains(c))
                    .toList();
            if (!missing.isEmpty()) {
                problems.add(file + ": missing column " + String.join(", ", missing));
                return new Rows(file, List.of(), List.of());
            }
            List<CSVRecord> records = new ArrayList<>();
            for (CSVRecord r : parser.getRecords()) {
                if (r.isConsistent()) {
                    records.add(r);
                } else {
                    // checked no further: reading its columns would fail
                    problems.add(file + " row " + r.getRecordNumber() + ": has " + r.size() + " columns, the header "
                            + parser.getHeaderNames().size());
                }
            }
            return new Rows(file, parser.getHeaderNames(), records);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(file + ": cannot be read (" + e.getMessage() + ")");
            return new Rows(file, List.of(), List.of());
        }
    }

    /** The records of one file, with helpers that name file, row and column in problems. */
    private record Rows(String file, List<String> header, List<CSVRecord> records) {

        String at(CSVRecord r, String column) {
            return file + " row " + r.getRecordNumber() + ", column " + column;
        }

        String required(CSVRecord r, String column, List<String> problems) {
            if (!r.isMapped(column) || !r.isSet(column)) {
                problems.add(file + ": missing column " + column);
                return null;
            }
            String v = r.get(column);
            if (v.isBlank()) {
                problems.add(at(r, column) + ": missing");
                return null;
            }
            return v;
        }

        Integer integer(CSVRecord r, String column, List<String> problems) {
            String v = required(r, column, problems);
            if (v == null) {
                return null;
            }
            try {
                return Integer.parseInt(v.strip());
            } catch (NumberFormatException e) {
                problems.add(at(r, column) + ": '" + v + "' is not a whole number");
                return null;
            }
        }
    }
}
