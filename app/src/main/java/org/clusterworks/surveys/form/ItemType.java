package org.clusterworks.surveys.form;

import java.util.Locale;

/** The XLSForm row types ClusterWorks supports; anything else is refused on import. */
public enum ItemType {
    TEXT("text", true),
    INTEGER("integer", true),
    DECIMAL("decimal", true),
    DATE("date", true),
    SELECT_ONE("select_one", true),
    SELECT_MULTIPLE("select_multiple", true),
    /** The organisation picker: the file name stands for the initiative's member organisations. */
    ORGANISATIONS("select_multiple_from_file", true),
    NOTE("note", false),
    BEGIN_GROUP("begin_group", false),
    END_GROUP("end_group", false),
    START("start", false),
    END("end", false),
    TODAY("today", false);

    /** The file name an organisation picker uses in its type column. */
    public static final String ORGANISATIONS_FILE = "organisations.csv";

    private final String xlsform;
    private final boolean question;

    ItemType(String xlsform, boolean question) {
        this.xlsform = xlsform;
        this.question = question;
    }

    public String xlsform() {
        return xlsform;
    }

    /** Whether a row of this type collects an answer from the respondent. */
    public boolean question() {
        return question;
    }

    public boolean select() {
        return this == SELECT_ONE || this == SELECT_MULTIPLE;
    }

    public boolean numeric() {
        return this == INTEGER || this == DECIMAL;
    }

    /** The type for an XLSForm type word ({@code begin group} and {@code begin_group} alike), or null. */
    public static ItemType parse(String word) {
        String norm = word.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        for (ItemType t : values()) {
            if (t.xlsform.equals(norm)) {
                return t;
            }
        }
        return null;
    }
}
