package org.clusterworks.surveys.form;

import java.util.Locale;

/** A text in the three product languages; a missing translation falls back to English, then to any other. */
public record Text(String en, String fr, String sw) {

    /** The languages a form may carry, as XLSForm language codes. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "fr", "sw");

    public static final Text EMPTY = new Text(null, null, null);

    public Text {
        en = blankToNull(en);
        fr = blankToNull(fr);
        sw = blankToNull(sw);
    }

    /** The same text in every language. */
    public static Text of(String text) {
        return new Text(text, null, null);
    }

    /** The text in language {@code code} exactly as stored (null when absent). */
    public String raw(String code) {
        return switch (code) {
            case "fr" -> fr;
            case "sw" -> sw;
            default -> en;
        };
    }

    /** A copy with the text of language {@code code} replaced. */
    public Text with(String code, String text) {
        return switch (code) {
            case "fr" -> new Text(en, text, sw);
            case "sw" -> new Text(en, fr, text);
            default -> new Text(text, fr, sw);
        };
    }

    /** The text for a locale, falling back to English, French, then Swahili; empty string when there is none. */
    public String in(Locale locale) {
        String lang = locale == null ? "en" : locale.getLanguage();
        String v = raw(lang);
        if (v != null) {
            return v;
        }
        return en != null ? en : fr != null ? fr : sw != null ? sw : "";
    }

    public boolean isEmpty() {
        return en == null && fr == null && sw == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
