package org.clusterworks.reference.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for search: lower case, accents removed, so that "munchen" finds "München". */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {}

    /** The folded form stored beside titles and names and applied to queries. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
