package org.clusterworks.surveys.form;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads and writes questionnaires as XLSForm workbooks (the {@code survey}, {@code choices} and {@code settings}
 * sheets, see xlsform.org). Whatever ClusterWorks does not support is refused with its sheet, row and column, never
 * dropped or changed: repeats, calculations, choice filters, defaults, other languages, unknown types and columns.
 * Columns whose header starts with {@code $} (KoboToolbox's internal ids) are ignored.
 */
public final class XlsForm {

    /** The outcome of reading a workbook: a form when {@code problems} is empty. */
    public record Result(Form form, List<FormProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final Map<String, String> LANGUAGE_NAMES = Map.of(
            "english", "en", "french", "fr", "français", "fr", "francais", "fr", "swahili", "sw", "kiswahili", "sw");
    private static final Pattern CODE = Pattern.compile("\\(([A-Za-z-]{2,8})\\)");
    private static final List<String> TRANSLATED = List.of("label", "hint", "constraint_message");
    private static final List<String> SURVEY_PLAIN =
            List.of("type", "name", "required", "relevant", "constraint", "appearance", "parameters");
    private static final String[] LANGUAGE_LABELS = {"English (en)", "French (fr)", "Swahili (sw)"};

    private XlsForm() {}

    /** Reads a workbook; {@code fallbackTitle} names the form when the settings sheet gives no title. */
    public static Result read(InputStream in, String fallbackTitle) {
        List<FormProblem> problems = new ArrayList<>();
        Workbook wb;
        try {
            wb = WorkbookFactory.create(in);
        } catch (IOException | RuntimeException e) {
            problems.add(new FormProblem(null, 0, null, "the file is not a readable XLSX or XLS workbook"));
            return new Result(null, problems);
        }
        try (wb) {
            return read(wb, fallbackTitle, problems);
        } catch (IOException | RuntimeException e) {
            // a workbook that opens but whose cells cannot be read; distinct so that fuzzing tells it from a bug
            problems.add(new FormProblem(
                    null,
                    0,
                    null,
                    "the workbook's content cannot be read (" + e.getClass().getSimpleName() + ")"));
            return new Result(null, problems);
        }
    }

    private static Result read(Workbook wb, String fallbackTitle, List<FormProblem> problems) {
        Sheet survey = sheet(wb, "survey");
        if (survey == null) {
            problems.add(new FormProblem(null, 0, null, "the workbook has no 'survey' sheet"));
            return new Result(null, problems);
        }
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            String name = wb.getSheetName(i).strip().toLowerCase(Locale.ROOT);
            if (!List.of("survey", "choices", "settings").contains(name) && !name.startsWith("external_choices")) {
                continue; // extra sheets (notes, instructions) carry no form content
            }
            if (name.startsWith("external_choices") && wb.getSheetAt(i).getLastRowNum() > 0) {
                problems.add(
                        new FormProblem(name, 0, null, "external choices (select_one_external) are not supported"));
            }
        }
        String defaultLanguage = "en";
        String title = null;
        String formId = null;
        String version = null;
        Sheet settings = sheet(wb, "settings");
        if (settings != null) {
            Table t = new Table(settings);
            Row values = settings.getRow(settings.getFirstRowNum() + 1);
            for (Map.Entry<Integer, String> h : t.headers.entrySet()) {
                String value = values == null ? "" : t.cell(values, h.getKey());
                if (value.isEmpty()) {
                    continue;
                }
                int row = values.getRowNum() + 1;
                switch (h.getValue()) {
                    case "form_title" -> title = value;
                    case "form_id" -> formId = value;
                    case "version" -> version = value;
                    case "default_language" -> {
                        String code = languageCode(value);
                        if (code == null) {
                            problems.add(new FormProblem(
                                    "settings",
                                    row,
                                    "default_language",
                                    "language '" + value + "' is not supported (en, fr, sw)"));
                        } else {
                            defaultLanguage = code;
                        }
                    }
                    default ->
                        problems.add(new FormProblem(
                                "settings",
                                row,
                                t.original.get(h.getKey()),
                                "the setting '" + h.getValue() + "' is not supported"));
                }
            }
        }
        List<Choice> choices = new ArrayList<>();
        List<Integer> choiceRows = new ArrayList<>();
        Sheet choicesSheet = sheet(wb, "choices");
        if (choicesSheet != null) {
            Table t = new Table(choicesSheet);
            for (Row r : t.rows()) {
                Map<String, String> plain = new LinkedHashMap<>();
                Map<String, Text> texts = new LinkedHashMap<>();
                if (!t.readRow(r, "choices", List.of("list_name", "name"), defaultLanguage, plain, texts, problems)) {
                    continue;
                }
                String list = plain.getOrDefault("list_name", "");
                if (list.isEmpty()) {
                    problems.add(new FormProblem("choices", r.getRowNum() + 1, "list_name", "a list name is required"));
                    continue;
                }
                choices.add(new Choice(list, plain.getOrDefault("name", ""), texts.getOrDefault("label", Text.EMPTY)));
                choiceRows.add(r.getRowNum() + 1);
            }
        }
        List<Item> items = new ArrayList<>();
        List<Integer> itemRows = new ArrayList<>();
        Table t = new Table(survey);
        if (!t.headers.containsValue("type") || !t.headers.containsValue("name")) {
            problems.add(new FormProblem("survey", 1, null, "the survey sheet needs 'type' and 'name' columns"));
            return new Result(null, problems);
        }
        for (Row r : t.rows()) {
            Map<String, String> plain = new LinkedHashMap<>();
            Map<String, Text> texts = new LinkedHashMap<>();
            if (!t.readRow(r, "survey", SURVEY_PLAIN, defaultLanguage, plain, texts, problems)) {
                continue;
            }
            int row = r.getRowNum() + 1;
            String typeText = plain.getOrDefault("type", "").strip().replaceAll("\\s+", " ");
            if (typeText.isEmpty()) {
                problems.add(new FormProblem("survey", row, "type", "a type is required"));
                continue;
            }
            String lower = typeText.toLowerCase(Locale.ROOT);
            if (lower.matches("(begin|end)[ _]repeat")) {
                problems.add(new FormProblem("survey", row, "type", "repeat groups are not supported"));
                continue;
            }
            String[] parts = lower.matches("(begin|end)[ _]group") ? new String[] {lower} : typeText.split(" ");
            ItemType type = ItemType.parse(parts[0]);
            if (type == null) {
                problems.add(new FormProblem("survey", row, "type", "the type '" + parts[0] + "' is not supported"));
                continue;
            }
            if (parts.length > 2) {
                problems.add(new FormProblem(
                        "survey",
                        row,
                        "type",
                        "'" + typeText + "': or_other and other type options are not supported"));
                continue;
            }
            boolean needsList = type.select() || type == ItemType.ORGANISATIONS;
            if (needsList != (parts.length == 2)) {
                problems.add(new FormProblem(
                        "survey",
                        row,
                        "type",
                        needsList ? type.xlsform() + " needs a list name" : "'" + typeText + "' takes no list name"));
                continue;
            }
            Boolean required = required(plain.get("required"));
            if (required == null) {
                problems.add(new FormProblem(
                        "survey",
                        row,
                        "required",
                        "'" + plain.get("required") + "' is not yes or no (expressions are not supported)"));
                continue;
            }
            items.add(new Item(
                    type,
                    needsList ? parts[1] : null,
                    type == ItemType.END_GROUP ? blankToNull(plain.get("name")) : plain.getOrDefault("name", ""),
                    texts.getOrDefault("label", Text.EMPTY),
                    texts.getOrDefault("hint", Text.EMPTY),
                    required,
                    plain.get("relevant"),
                    plain.get("constraint"),
                    texts.getOrDefault("constraint_message", Text.EMPTY),
                    plain.get("appearance"),
                    plain.get("parameters")));
            itemRows.add(row);
        }
        if (title == null) {
            title = fallbackTitle == null || fallbackTitle.isBlank() ? "Untitled form" : fallbackTitle;
        }
        if (formId == null) {
            formId = slug(title);
        }
        Form form = new Form(title, formId, version, defaultLanguage, items, choices);
        for (FormProblem p : FormRules.check(form)) {
            int row = p.row();
            if ("survey".equals(p.sheet()) && row >= 2 && row - 2 < itemRows.size()) {
                row = itemRows.get(row - 2);
            } else if ("choices".equals(p.sheet()) && row >= 2 && row - 2 < choiceRows.size()) {
                row = choiceRows.get(row - 2);
            }
            problems.add(new FormProblem(p.sheet(), row, p.column(), p.message()));
        }
        return new Result(problems.isEmpty() ? form : null, problems);
    }

    private static Boolean required(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "no", "false", "false()", "0" -> false;
            case "yes", "true", "true()", "1" -> true;
            default -> null;
        };
    }

    static String languageCode(String text) {
        Matcher m = CODE.matcher(text);
        String code = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
        if (code == null) {
            String t = text.strip().toLowerCase(Locale.ROOT);
            code = Text.LANGUAGES.contains(t) ? t : LANGUAGE_NAMES.get(t);
        }
        return code != null && Text.LANGUAGES.contains(code) ? code : null;
    }

    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        return s.isEmpty() ? "form" : s.length() > 60 ? s.substring(0, 60) : s;
    }

    private static Sheet sheet(Workbook wb, String name) {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (wb.getSheetName(i).strip().equalsIgnoreCase(name)) {
                return wb.getSheetAt(i);
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A sheet with its header row normalised. */
    private static final class Table {
        private static final DataFormatter FORMAT = new DataFormatter(Locale.ROOT);
        final Sheet sheet;
        final Map<Integer, String> headers = new LinkedHashMap<>();
        final Map<Integer, String> original = new LinkedHashMap<>();

        Table(Sheet sheet) {
            this.sheet = sheet;
            Row head = sheet.getRow(sheet.getFirstRowNum());
            if (head != null) {
                for (Cell c : head) {
                    String h = FORMAT.formatCellValue(c).strip();
                    if (!h.isEmpty() && !h.startsWith("$")) {
                        original.put(c.getColumnIndex(), h);
                        headers.put(c.getColumnIndex(), normalise(h));
                    }
                }
            }
        }

        static String normalise(String header) {
            String h = header.strip();
            int sep = h.indexOf("::");
            String base = (sep < 0 ? h : h.substring(0, sep))
                    .strip()
                    .toLowerCase(Locale.ROOT)
                    .replace(' ', '_');
            if (base.equals("list_name") || base.equals("listname")) {
                base = "list_name";
            }
            return sep < 0 ? base : base + "::" + h.substring(sep + 2).strip();
        }

        List<Row> rows() {
            List<Row> rows = new ArrayList<>();
            for (int i = sheet.getFirstRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
                Row r = sheet.getRow(i);
                if (r != null) {
                    rows.add(r);
                }
            }
            return rows;
        }

        String cell(Row r, int col) {
            Cell c = r.getCell(col);
            return c == null ? "" : FORMAT.formatCellValue(c).strip();
        }

        /** Splits a row into plain and translated values; false when the row is empty. */
        boolean readRow(
                Row r,
                String sheetName,
                List<String> plainColumns,
                String defaultLanguage,
                Map<String, String> plain,
                Map<String, Text> texts,
                List<FormProblem> problems) {
            boolean any = false;
            int row = r.getRowNum() + 1;
            for (Map.Entry<Integer, String> h : headers.entrySet()) {
                String value = cell(r, h.getKey());
                if (value.isEmpty()) {
                    continue;
                }
                any = true;
                String header = h.getValue();
                String base = header.contains("::") ? header.substring(0, header.indexOf("::")) : header;
                if (plainColumns.contains(header)) {
                    plain.put(header, value);
                } else if (TRANSLATED.contains(base) && (sheetName.equals("survey") || base.equals("label"))) {
                    String lang = header.contains("::")
                            ? languageCode(header.substring(header.indexOf("::") + 2))
                            : defaultLanguage;
                    if (lang == null) {
                        problems.add(new FormProblem(
                                sheetName,
                                row,
                                original.get(h.getKey()),
                                "only English (en), French (fr) and Swahili (sw) are supported"));
                    } else {
                        texts.merge(base, Text.EMPTY.with(lang, value), (a, b) -> a.with(lang, value));
                    }
                } else {
                    problems.add(new FormProblem(
                            sheetName,
                            row,
                            original.get(h.getKey()),
                            "the column '" + original.get(h.getKey()) + "' is not supported"));
                }
            }
            return any;
        }
    }

    /** Writes a form as an XLSForm workbook with labels, hints and messages in English, French and Swahili. */
    public static byte[] write(Form form) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet survey = wb.createSheet("survey");
            List<String> head = new ArrayList<>(List.of("type", "name"));
            for (String base : List.of("label", "hint")) {
                for (String l : LANGUAGE_LABELS) {
                    head.add(base + "::" + l);
                }
            }
            head.addAll(List.of("required", "relevant", "constraint"));
            for (String l : LANGUAGE_LABELS) {
                head.add("constraint_message::" + l);
            }
            head.addAll(List.of("appearance", "parameters"));
            row(survey, 0, head);
            int r = 1;
            for (Item i : form.items()) {
                List<String> v = new ArrayList<>(List.of(i.typeColumn(), i.name() == null ? "" : i.name()));
                for (Text t : List.of(i.label(), i.hint())) {
                    for (String code : Text.LANGUAGES) {
                        v.add(t.raw(code));
                    }
                }
                v.addAll(java.util.Arrays.asList(i.required() ? "yes" : "", i.relevant(), i.constraint()));
                for (String code : Text.LANGUAGES) {
                    v.add(i.constraintMessage().raw(code));
                }
                v.add(i.appearance());
                v.add(i.parameters());
                row(survey, r++, v);
            }
            Sheet choices = wb.createSheet("choices");
            List<String> ch = new ArrayList<>(List.of("list_name", "name"));
            for (String l : LANGUAGE_LABELS) {
                ch.add("label::" + l);
            }
            row(choices, 0, ch);
            r = 1;
            for (Choice c : form.choices()) {
                row(
                        choices,
                        r++,
                        List.of(
                                c.listName(),
                                c.name(),
                                nz(c.label().en()),
                                nz(c.label().fr()),
                                nz(c.label().sw())));
            }
            Sheet settings = wb.createSheet("settings");
            row(settings, 0, List.of("form_title", "form_id", "version", "default_language"));
            row(
                    settings,
                    1,
                    java.util.Arrays.asList(form.title(), form.formId(), form.version(), form.defaultLanguage()));
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void row(Sheet sheet, int index, List<String> values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.size(); c++) {
            String v = values.get(c);
            if (v != null && !v.isEmpty()) {
                row.createCell(c).setCellValue(v);
            }
        }
    }
}
