package org.clusterworks.learning.content;

import java.util.List;

/** A text in the three course languages. */
public record Text(String en, String fr, String sw) {

    public static final List<String> LANGUAGES = List.of("en", "fr", "sw");

    /** The text in {@code lang}, English when the language is not one of the three. */
    public String in(String lang) {
        return switch (lang == null ? "en" : lang) {
            case "fr" -> fr;
            case "sw" -> sw;
            default -> en;
        };
    }

    /** The course language for a request language: en, fr or sw (English for anything else). */
    public static String language(String lang) {
        return LANGUAGES.contains(lang) ? lang : "en";
    }
}
