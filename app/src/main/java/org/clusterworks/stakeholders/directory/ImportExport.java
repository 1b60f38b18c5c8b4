package org.clusterworks.stakeholders.directory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports and exports organisations with one contact person per row, as CSV or XLSX. An import checks every row
 * first and writes nothing if any row has a problem (errors name the row and the column).
 */
@Service
class ImportExport {

    static final int MAX_ROWS = 20_000;

    /** The columns, in order; the first two are required. */
    static final List<String> COLUMNS = List.of(
            "name",
            "helix",
            "legal_form",
            "tax_id",
            "employees_band",
            "turnover_band",
            "industry_codes",
            "territory_code",
            "address",
            "city",
            "country_code",
            "latitude",
            "longitude",
            "founded_in",
            "website",
            "email",
            "phone",
            "description",
            "owner_gender",
            "contact_name",
            "contact_job_title",
            "contact_email",
            "contact_phone",
            "contact_gender",
            "contact_consent");

    private final DirectoryRepository repo;
    private final ApplicationEventPublisher events;
    private final ReferenceCodes codes;

    ImportExport(DirectoryRepository repo, ApplicationEventPublisher events, ReferenceCodes codes) {
        this.codes = codes;
        this.repo = repo;
        this.events = events;
    }

    // Export

    List<List<String>> rows(long workspaceId) {
        List<Organisation> orgs = repo.all(workspaceId);
        Map<Long, List<Person>> people = new LinkedHashMap<>();
        for (Person p : repo.allPeople(workspaceId)) {
            if (p.organisationId() != null) {
                people.computeIfAbsent(p.organisationId(), k -> new ArrayList<>())
                        .add(p);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (Organisation o : orgs) {
            List<Person> ps = people.getOrDefault(o.id(), List.of());
            if (ps.isEmpty()) {
                rows.add(row(o, null));
            }
            for (Person p : ps) {
                rows.add(row(o, p));
            }
        }
        return rows;
    }

    private static List<String> row(Organisation o, Person p) {
        OrganisationInput in = OrganisationInput.of(o);
        List<String> r = new ArrayList<>(List.of(
                s(in.name()),
                s(in.helix()),
                s(in.legalForm()),
                s(in.taxId()),
                s(in.employeesBand()),
                s(in.turnoverBand()),
                s(in.industryCodes()),
                s(in.territoryCode()),
                s(in.address()),
                s(in.city()),
                s(in.countryCode()),
                s(in.latitude()),
                s(in.longitude()),
                s(in.foundedIn()),
                s(in.website()),
                s(in.email()),
                s(in.phone()),
                s(in.description()),
                s(in.ownerGender())));
        if (p == null) {
            r.addAll(List.of("", "", "", "", "", ""));
        } else {
            r.addAll(List.of(
                    s(p.fullName()),
                    s(p.jobTitle()),
                    s(p.email()),
                    s(p.phone()),
                    p.gender() == null ? "" : p.gender().name(),
                    p.consentToContact() ? "yes" : "no"));
        }
        return r;
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }

    byte[] csv(long workspaceId) throws IOException {
        var out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            printer.printRecord(COLUMNS);
            for (List<String> r : rows(workspaceId)) {
                printer.printRecord(r.stream().map(ImportExport::safeCell).toList());
            }
        }
        return out.toByteArray();
    }

    /**
     * Neutralises spreadsheet formulas in a CSV cell (a value starting with =, +, @ or a non-numeric -), so that
     * opening an export in a spreadsheet never runs what someone typed into a name or description.
     */
    static String safeCell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        boolean number = value.matches("-?\\d+(\\.\\d+)?");
        return (c == '=' || c == '+' || c == '@' || (c == '-' && !number)) ? "'" + value : value;
    }

    byte[] xlsx(long workspaceId) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("organisations");
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i));
            }
            int n = 1;
            for (List<String> r : rows(workspaceId)) {
                Row row = sheet.createRow(n++);
                for (int i = 0; i < r.size(); i++) {
                    row.createCell(i).setCellValue(r.get(i));
                }
            }
            var out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    // Import

    /**
     * Reads rows (header first) from a CSV or XLSX file, chosen by its name; a file that cannot be read as what its
     * name says (broken quoting, a damaged or disguised workbook) is refused with {@code import.unreadable}.
     */
    static List<List<String>> read(String filename, InputStream in) throws IOException {
        try {
            return parse(filename, in);
        } catch (InvalidInput e) {
            throw e;
        } catch (RuntimeException | IOException e) {
            throw new InvalidInput(Map.of("file", "import.unreadable"));
        }
    }

    private static List<List<String>> parse(String filename, InputStream in) throws IOException {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        List<List<String>> rows = new ArrayList<>();
        if (name.endsWith(".xlsx")) {
            try (Workbook wb = new XSSFWorkbook(in)) {
                Sheet sheet = wb.getSheetAt(0);
                DataFormatter fmt = new DataFormatter(Locale.ROOT);
                int width = 0;
                for (Row row : sheet) {
                    if (row.getRowNum() > MAX_ROWS + 1) {
                        break;
                    }
                    if (row.getRowNum() == 0) {
                        width = row.getLastCellNum();
                    }
                    List<String> r = new ArrayList<>();
                    for (int i = 0; i < Math.max(width, row.getLastCellNum()); i++) {
                        Cell c = row.getCell(i);
                        r.add(c == null ? "" : fmt.formatCellValue(c));
                    }
                    while (rows.size() < row.getRowNum()) {
                        rows.add(List.of());
                    }
                    rows.add(r);
                }
            }
        } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
            var reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            try (CSVParser parser = CSVFormat.DEFAULT
                    .builder()
                    .setIgnoreSurroundingSpaces(true)
                    .get()
                    .parse(reader)) {
                for (CSVRecord rec : parser) {
                    List<String> r = new ArrayList<>();
                    rec.forEach(r::add);
                    rows.add(r);
                    if (rows.size() > MAX_ROWS + 1) {
                        break;
                    }
                }
            }
            if (!rows.isEmpty() && !rows.get(0).isEmpty() && rows.get(0).get(0).startsWith("\uFEFF")) {
                rows.get(0).set(0, rows.get(0).get(0).substring(1));
            }
        } else {
            throw new InvalidInput(Map.of("file", "import.file-type"));
        }
        return rows;
    }

    /** Validates all rows, then writes them all, or nothing. Returns the number of organisations created. */
    @Transactional
    int importRows(CurrentWorkspace ws, List<List<String>> rows) {
        ws.require(Permission.MANAGE_INITIATIVES);
        var errors = new InvalidInput.Collector();
        if (rows.isEmpty()) {
            throw new InvalidInput(Map.of("file", "import.empty"));
        }
        if (rows.size() > MAX_ROWS + 1) {
            throw new InvalidInput(Map.of("file", "import.too-many-rows"));
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (h.isEmpty()) {
                continue;
            }
            if (!COLUMNS.contains(h)) {
                errors.add("row 1, column " + (i + 1) + " (" + header.get(i) + ")", "import.unknown-column");
            } else if (index.putIfAbsent(h, i) != null) {
                errors.add("row 1, column " + (i + 1) + " (" + header.get(i) + ")", "import.repeated-column");
            }
        }
        for (String required : List.of("name", "helix")) {
            if (!index.containsKey(required)) {
                errors.add("row 1, column " + required, "import.missing-column");
            }
        }
        errors.throwIfAny();
        record Parsed(OrganisationInput.Valid org, PersonInput.Valid person) {}
        List<Parsed> parsed = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            String prefix = "row " + (r + 1) + ", column ";
            java.util.function.Function<String, String> get = col -> {
                Integer i = index.get(col);
                return i == null || i >= row.size() ? null : row.get(i);
            };
            var org = new OrganisationInput(
                            get.apply("name"),
                            get.apply("helix"),
                            get.apply("legal_form"),
                            get.apply("tax_id"),
                            get.apply("employees_band"),
                            get.apply("turnover_band"),
                            get.apply("industry_codes"),
                            get.apply("territory_code"),
                            get.apply("address"),
                            get.apply("city"),
                            get.apply("country_code"),
                            get.apply("latitude"),
                            get.apply("longitude"),
                            get.apply("founded_in"),
                            get.apply("website"),
                            get.apply("email"),
                            get.apply("phone"),
                            get.apply("description"),
                            get.apply("owner_gender"))
                    .check(prefix, new ColumnNames(errors));
            codes.check(prefix, org, new ColumnNames(errors));
            PersonInput.Valid person = null;
            String contact = get.apply("contact_name");
            if (contact != null && !contact.isBlank()) {
                String consent = get.apply("contact_consent");
                Boolean consentValue = consent == null || consent.isBlank() ? Boolean.FALSE : yesNo(consent);
                if (consentValue == null) {
                    errors.add(prefix + "contact_consent", "import.yes-no");
                }
                person = new PersonInput(
                                contact,
                                get.apply("contact_job_title"),
                                get.apply("contact_email"),
                                get.apply("contact_phone"),
                                get.apply("contact_gender"),
                                consentValue)
                        .check(prefix + "contact_", new ColumnNames(errors));
            }
            parsed.add(new Parsed(org, person));
        }
        errors.throwIfAny();
        if (parsed.isEmpty()) {
            throw new InvalidInput(Map.of("file", "import.empty"));
        }
        Map<String, Long> created = new LinkedHashMap<>();
        for (Parsed p : parsed) {
            String key = p.org().name().toLowerCase(Locale.ROOT) + "|"
                    + (p.org().city() == null ? "" : p.org().city());
            Long id = created.get(key);
            if (id == null) {
                id = repo.insert(ws.id(), p.org());
                created.put(key, id);
            }
            if (p.person() != null) {
                repo.insertPerson(ws.id(), id, p.person(), null);
            }
        }
        events.publishEvent(new AuditEvent(
                ws.id(),
                AuditEvent.Action.CREATED,
                "organisation-import",
                "" + created.size(),
                "Imported " + created.size() + " organisations from " + parsed.size() + " rows"));
        return created.size();
    }

    static Boolean yesNo(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "oui", "ndiyo" -> Boolean.TRUE;
            case "no", "n", "false", "0", "non", "hapana" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Maps the input records' field names (camelCase) to the import's column names (snake_case). */
    private static final class ColumnNames extends InvalidInput.Collector {
        private final InvalidInput.Collector target;

        ColumnNames(InvalidInput.Collector target) {
            this.target = target;
        }

        @Override
        public InvalidInput.Collector add(String field, String messageKey) {
            target.add(field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT), messageKey);
            return this;
        }

        @Override
        public InvalidInput.Collector add(String field, String messageKey, Object... args) {
            target.add(field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT), messageKey, args);
            return this;
        }

        @Override
        public boolean has(String field) {
            return target.has(field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT));
        }
    }
}
