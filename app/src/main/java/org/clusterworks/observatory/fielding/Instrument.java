package org.clusterworks.observatory.fielding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterworks.observatory.core.Country;
import org.clusterworks.observatory.core.Dimension;
import org.clusterworks.observatory.core.Item;
import org.clusterworks.observatory.core.Level;
import org.clusterworks.observatory.core.ObservatoryRepository;
import org.clusterworks.observatory.core.Programme;
import org.clusterworks.observatory.core.ProgrammeQuery;
import org.clusterworks.observatory.core.Region;
import org.clusterworks.observatory.core.Taxonomy;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The observatory's policy questionnaire as an XLSForm workbook for the surveys module, in English, French and
 * Swahili: the national or the regional variant (observatory-taxonomy.md §0), built from the closed answer lists
 * ({@code observatory_item}) with their rating scales, and the programmes, countries and regions already recorded,
 * so a respondent picks the record they answer for.
 */
@Component
class Instrument {

    static final String COUNTRY = "country";
    static final String REGION = "region";
    static final String PROGRAMME = "programme";
    static final String NEW_PROGRAMME = "new";
    static final String PROGRAMME_NAME = "programme_name";
    static final String RESPONSIBLE_BODY = "responsible_body";
    static final String URL = "url";
    static final String DURATION = "duration";
    static final String BUDGET = "budget";
    static final String SECTORAL_FOCUS = "sectoral_focus";
    static final List<String> PROGRAMME_TEXTS = List.of(RESPONSIBLE_BODY, URL, DURATION, BUDGET, SECTORAL_FOCUS);

    /** The dimensions asked, in questionnaire order. */
    static final List<Dimension> ASKED = List.of(
            Dimension.OBJECTIVE,
            Dimension.SME_FOCUS,
            Dimension.CLUSTER_TYPE,
            Dimension.POLICY_RELATION,
            Dimension.MEASURE,
            Dimension.SUPPORT_TYPE,
            Dimension.FUNDING_SOURCE,
            Dimension.IMPLEMENTING_ACTOR,
            Dimension.TARGET_GROUP,
            Dimension.SUPPORT_WANTED,
            Dimension.INTERVENTION_FORM,
            Dimension.DELIVERY_FRAME,
            Dimension.POLICY_LEVEL_LINK);

    /** The questions only the regional survey asked (Table 10). */
    static final java.util.Set<Dimension> REGIONAL_ONLY =
            java.util.EnumSet.of(Dimension.INTERVENTION_FORM, Dimension.DELIVERY_FRAME, Dimension.POLICY_LEVEL_LINK);

    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("sw")};
    private static final String[] SURVEY_HEADER = {
        "type",
        "name",
        "label::English (en)",
        "label::French (fr)",
        "label::Swahili (sw)",
        "hint::English (en)",
        "hint::French (fr)",
        "hint::Swahili (sw)",
        "required",
        "relevant",
        "appearance"
    };

    private final ObservatoryRepository repository;
    private final Taxonomy taxonomy;
    private final MessageSource messages;

    Instrument(ObservatoryRepository repository, Taxonomy taxonomy, MessageSource messages) {
        this.repository = repository;
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

    /** The question name of a rated item, e.g. {@code objective__cooperation}. */
    static String rated(Dimension d, String itemCode) {
        return d.code() + "__" + itemCode;
    }

    /** The question name of a dimension's "other" text. */
    static String other(Dimension d) {
        return d.code() + "_other";
    }

    /** The choice name of a recorded programme. */
    static String programmeChoice(long id) {
        return "p" + id;
    }

    /** The choice name of a recorded region. */
    static String regionChoice(long id) {
        return "r" + id;
    }

    /** The workbook of the variant for {@code level} (national or regional). */
    byte[] workbook(Level level, String title) {
        List<String[]> survey = new ArrayList<>();
        List<String[]> choices = new ArrayList<>();
        survey.add(SURVEY_HEADER);
        choices.add(
                new String[] {"list_name", "name", "label::English (en)", "label::French (fr)", "label::Swahili (sw)"});

        survey.add(row("begin_group", "programme_section", text("section.programme"), null, false, null, null));
        if (level == Level.REGIONAL) {
            survey.add(row("select_one regions", REGION, text("q.region"), null, true, null, null));
            for (Country c : repository.countries()) {
                for (Region r : repository.regions(c.iso())) {
                    choices.add(same("regions", regionChoice(r.id()), r.name() + " (" + c.name() + ")"));
                }
            }
        } else {
            survey.add(row("select_one countries", COUNTRY, text("q.country"), null, true, null, null));
            for (Country c : repository.countries()) {
                choices.add(same("countries", c.iso(), c.name()));
            }
        }
        survey.add(row("select_one programmes", PROGRAMME, text("q.programme"), null, true, null, null));
        var query = new ProgrammeQuery(level, null, null, null, null, null, null, null, null, null, null);
        for (Programme p : repository.search(query)) {
            String where = level == Level.REGIONAL && p.regionName() != null ? p.regionName() : p.countryName();
            choices.add(same("programmes", programmeChoice(p.id()), p.name() + " (" + where + ")"));
        }
        choices.add(choice("programmes", NEW_PROGRAMME, text("q.programme.new")));
        survey.add(row(
                "text",
                PROGRAMME_NAME,
                text("q.programme_name"),
                null,
                false,
                "${" + PROGRAMME + "} = '" + NEW_PROGRAMME + "'",
                null));
        for (String q : PROGRAMME_TEXTS) {
            survey.add(row("text", q, text("q." + q), text("hint." + q), false, null, null));
        }
        survey.add(row("end_group", null, null, null, false, null, null));

        for (Scale s : Scale.values()) {
            for (String point : s.points()) {
                choices.add(choice(s.list(), point, text("scale." + s.list() + "." + point)));
            }
        }
        for (Dimension d : ASKED) {
            if (level != Level.REGIONAL && REGIONAL_ONLY.contains(d)) {
                continue;
            }
            List<Item> items = taxonomy.items(d);
            var scale = Scale.of(d);
            String[] hint = level == Level.REGIONAL ? text("hint.per-region") : null;
            survey.add(row(
                    "begin_group",
                    d.code() + "_section",
                    messages("observatory.dimension." + d.code()),
                    hint,
                    false,
                    null,
                    scale.isPresent() ? "table-list" : null));
            if (scale.isPresent()) {
                for (Item i : items) {
                    survey.add(row(
                            "select_one " + scale.get().list(),
                            rated(d, i.code()),
                            labels(i, level),
                            null,
                            false,
                            null,
                            null));
                }
            } else {
                survey.add(row("select_multiple l_" + d.code(), d.code(), text("q.tick"), null, false, null, null));
                for (Item i : items) {
                    choices.add(new String[] {
                        "l_" + d.code(), i.code(), labels(i, level)[0], labels(i, level)[1], labels(i, level)[2]
                    });
                }
            }
            survey.add(row("end_group", null, null, null, false, null, null));
            survey.add(row("text", other(d), text("q.other"), null, false, null, null));
        }
        List<String[]> settings = List.of(
                new String[] {"form_title", "form_id", "version", "default_language"},
                new String[] {title, "observatory_" + level.id(), "1", "en"});
        return write(survey, choices, settings);
    }

    private static String[] labels(Item i, Level level) {
        return new String[] {
            i.label(level, Locale.ENGLISH), i.label(level, Locale.FRENCH), i.label(level, Locale.forLanguageTag("sw"))
        };
    }

    private String[] text(String key) {
        return messages("observatory.instrument." + key);
    }

    private String[] messages(String key) {
        String[] out = new String[3];
        for (int i = 0; i < 3; i++) {
            out[i] = messages.getMessage(key, null, LANGUAGES[i]);
        }
        return out;
    }

    private static String[] row(
            String type, String name, String[] label, String[] hint, boolean required, String relevant, String look) {
        String[] r = new String[SURVEY_HEADER.length];
        r[0] = type;
        r[1] = name;
        if (label != null) {
            System.arraycopy(label, 0, r, 2, 3);
        }
        if (hint != null) {
            System.arraycopy(hint, 0, r, 5, 3);
        }
        r[8] = required ? "yes" : null;
        r[9] = relevant;
        r[10] = look;
        return r;
    }

    private static String[] choice(String list, String name, String[] label) {
        return new String[] {list, name, label[0], label[1], label[2]};
    }

    private static String[] same(String list, String name, String label) {
        return new String[] {list, name, label, label, label};
    }

    private static byte[] write(List<String[]> survey, List<String[]> choices, List<String[]> settings) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(wb.createSheet("survey"), survey);
            fill(wb.createSheet("choices"), choices);
            fill(wb.createSheet("settings"), settings);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Sheet sheet, List<String[]> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            String[] cells = rows.get(r);
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] != null && !cells[c].isEmpty()) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
        }
    }
}
