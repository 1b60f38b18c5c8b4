package org.clusterworks.observatory.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Translations of country-fiche sections written by the ClusterWorks project ({@code observatory/fiche-translations.tsv}),
 * shown marked as ours beside the report's English original; sections without one are shown in English only.
 */
@Component
public class FicheTranslations {

    private final Map<String, String> texts = new HashMap<>();

    public FicheTranslations() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("observatory/fiche-translations.tsv")) {
            if (in == null) {
                throw new IOException("missing observatory/fiche-translations.tsv");
            }
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != 4) {
                    throw new IllegalStateException("fiche-translations.tsv: 4 columns expected in " + line);
                }
                texts.put(key(c[0], c[1], c[2]), c[3].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(String country, String section, String lang) {
        return country + "/" + section + "/" + lang;
    }

    /** Section code to our translation, for the sections of {@code country} translated into the locale's language. */
    public Map<String, String> of(String country, Locale locale) {
        String lang = locale == null ? "en" : locale.getLanguage();
        Map<String, String> out = new HashMap<>();
        String prefix = country + "/";
        String suffix = "/" + lang;
        texts.forEach((k, v) -> {
            if (k.startsWith(prefix) && k.endsWith(suffix)) {
                out.put(k.substring(prefix.length(), k.length() - suffix.length()), v);
            }
        });
        return out;
    }
}
