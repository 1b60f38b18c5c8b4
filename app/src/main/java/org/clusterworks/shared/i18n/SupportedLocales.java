package org.clusterworks.shared.i18n;

import java.util.List;
import java.util.Locale;

/** The languages every user-facing text exists in. */
public final class SupportedLocales {

    /** English (default), French, Swahili. */
    public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("sw"));

    private SupportedLocales() {}

    /** Whether {@code tag} names one of the supported languages. */
    public static boolean isSupported(String tag) {
        return tag != null && ALL.stream().anyMatch(l -> l.getLanguage().equals(tag));
    }
}
