package org.clusterworks.monitoring.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.monitoring.logic.Accumulation;
import org.clusterworks.monitoring.logic.AggregationRules;
import org.clusterworks.monitoring.logic.Combine;
import org.clusterworks.monitoring.logic.Dimension;
import org.clusterworks.monitoring.logic.Direction;
import org.clusterworks.monitoring.logic.Granularity;
import org.clusterworks.monitoring.logic.Level;
import org.clusterworks.monitoring.logic.SourceKind;
import org.clusterworks.monitoring.logic.Unit;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The shipped library of common cluster-programme indicators ({@code monitoring/indicator-library.yaml}). */
@Component
class IndicatorLibrary {

    /** A library indicator, with the level of the results chain it usually measures. */
    record Entry(String key, Level level, IndicatorForm.Spec spec) {
        public String name(Locale locale) {
            return pick(locale, spec.nameEn(), spec.nameFr(), spec.nameSw());
        }

        public String definition(Locale locale) {
            return pick(locale, spec.definitionEn(), spec.definitionFr(), spec.definitionSw());
        }

        private static String pick(Locale locale, String en, String fr, String sw) {
            String lang = locale == null ? "en" : locale.getLanguage();
            return "fr".equals(lang) ? fr : "sw".equals(lang) ? sw : en;
        }
    }

    private final List<Entry> entries;

    IndicatorLibrary() {
        this.entries = load();
    }

    List<Entry> entries() {
        return entries;
    }

    Optional<Entry> entry(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<Entry> load() {
        try (InputStream in = new ClassPathResource("monitoring/indicator-library.yaml").getInputStream()) {
            List<Map<String, Object>> raw = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Entry> out = new ArrayList<>();
            for (Map<String, Object> m : raw) {
                Map<String, String> name = (Map<String, String>) m.get("name");
                Map<String, String> def = (Map<String, String>) m.get("definition");
                Unit unit = Unit.valueOf((String) m.get("unit"));
                Accumulation acc = Accumulation.valueOf((String) m.get("accumulation"));
                Combine combine = Combine.valueOf((String) m.get("combine"));
                if (!AggregationRules.problems(unit, acc, combine).isEmpty()) {
                    throw new IllegalStateException(
                            "Library indicator " + m.get("key") + " breaks an aggregation rule");
                }
                String dis = (String) m.getOrDefault("disaggregations", "");
                var spec = new IndicatorForm.Spec(
                        (String) m.get("code"),
                        null,
                        name.get("en"),
                        name.get("fr"),
                        name.get("sw"),
                        def.get("en"),
                        def.get("fr"),
                        def.get("sw"),
                        unit,
                        (String) m.get("currency"),
                        Direction.valueOf((String) m.get("direction")),
                        acc,
                        combine,
                        Granularity.YEAR,
                        Arrays.stream(dis.split(","))
                                .map(Dimension::parse)
                                .filter(d -> d != null)
                                .toList(),
                        null,
                        SourceKind.valueOf((String) m.get("source")),
                        (String) m.get("param"),
                        null,
                        null,
                        null,
                        Boolean.TRUE.equals(m.get("fromDiagnostic")),
                        (String) m.get("key"),
                        null);
                out.add(new Entry((String) m.get("key"), Level.valueOf((String) m.get("level")), spec));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
