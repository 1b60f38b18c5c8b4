package org.clusterworks.monitoring.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The shipped cluster management excellence indicators and scale ({@code monitoring/excellence-indicators.yaml}). */
@Component
class ExcellenceCatalogue {

    /** A text in English, French and Swahili. */
    record Text(Map<String, String> byLanguage) {
        public String in(Locale locale) {
            String lang = locale == null ? "en" : locale.getLanguage();
            return byLanguage.getOrDefault(lang, byLanguage.get("en"));
        }
    }

    /** An indicator: its code, name and what the full score looks like. */
    record Item(String code, Text name, Text full) {}

    /** An area with its indicators. */
    record Area(String key, Text name, List<Item> items) {}

    private final List<Area> areas;
    private final List<Text> scale;

    @SuppressWarnings("unchecked")
    ExcellenceCatalogue() {
        try (InputStream in = new ClassPathResource("monitoring/excellence-indicators.yaml").getInputStream()) {
            Map<String, Object> raw = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Text> s = new ArrayList<>();
            for (Map<String, Object> level : (List<Map<String, Object>>) raw.get("scale")) {
                s.add(text(level));
            }
            List<Area> a = new ArrayList<>();
            for (Map<String, Object> area : (List<Map<String, Object>>) raw.get("areas")) {
                List<Item> items = new ArrayList<>();
                for (Map<String, Object> i : (List<Map<String, Object>>) area.get("indicators")) {
                    items.add(new Item((String) i.get("code"), text((Map<String, Object>) i.get("name")), text((Map<
                                    String, Object>)
                            i.get("full"))));
                }
                a.add(new Area(
                        (String) area.get("key"), text((Map<String, Object>) area.get("name")), List.copyOf(items)));
            }
            this.areas = List.copyOf(a);
            this.scale = List.copyOf(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Text text(Map<String, Object> m) {
        Map<String, String> t = new LinkedHashMap<>();
        for (String lang : List.of("en", "fr", "sw")) {
            t.put(lang, String.valueOf(m.get(lang)));
        }
        return new Text(t);
    }

    List<Area> areas() {
        return areas;
    }

    /** The descriptions of the scores 0 to 4. */
    List<Text> scale() {
        return scale;
    }

    /** Indicator codes per area key, in display order. */
    Map<String, List<String>> codesByArea() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        areas.forEach(a -> out.put(a.key(), a.items().stream().map(Item::code).toList()));
        return out;
    }

    /** Every indicator code. */
    List<String> codes() {
        return areas.stream().flatMap(a -> a.items().stream()).map(Item::code).toList();
    }
}
