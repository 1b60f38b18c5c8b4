package org.clusterworks.observatory.core;

import java.util.Locale;

/**
 * One answer of a closed list, with the wording of the national and the regional questionnaire and its translations.
 *
 * @param certainty V verbatim, Q questionnaire, T paraphrased, I inferred (observatory-taxonomy.md)
 */
public record Item(
        String dimension,
        String code,
        int position,
        String labelNational,
        String labelRegional,
        String labelFr,
        String labelSw,
        String certainty) {

    /** The label as the taxonomy gives it for {@code level} (English), or its translation for {@code locale}. */
    public String label(Level level, Locale locale) {
        String lang = locale == null ? "en" : locale.getLanguage();
        if ("fr".equals(lang)) {
            return labelFr;
        }
        if ("sw".equals(lang)) {
            return labelSw;
        }
        return level == Level.REGIONAL ? labelRegional : labelNational;
    }
}
