package org.clusterworks.reference.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * A user's search turned into an SQL condition with named parameters: the code starts with the query (dots
 * optional, so {@code 6201} finds {@code 62.01}) or the folded text column contains every word of it. With a notes
 * column (folded explanatory notes, null where there are none), each word may be found in the text or in the notes,
 * and codes whose text holds every word rank above those found through their notes.
 */
public final class SearchQuery {

    private static final int MAX_WORDS = 6;

    private final String codePrefix;
    private final String plainPrefix;
    private final String exact;
    private final List<String> words;
    private final String codeColumn;
    private final String textColumn;
    private final String notesColumn;

    private SearchQuery(String query, String codeColumn, String textColumn, String notesColumn) {
        String q = query == null ? "" : query.strip();
        this.exact = q.toUpperCase(Locale.ROOT);
        this.codePrefix = escape(exact) + "%";
        this.plainPrefix = escape(exact.replace(".", "")) + "%";
        this.words = Arrays.stream(SearchText.fold(q).split("\\s+"))
                .filter(w -> !w.isBlank())
                .limit(MAX_WORDS)
                .map(w -> "%" + escape(w) + "%")
                .toList();
        this.codeColumn = codeColumn;
        this.textColumn = textColumn;
        this.notesColumn = notesColumn;
    }

    /** A query over the given code column and folded text column (column names are fixed by the caller). */
    public static SearchQuery of(String query, String codeColumn, String textColumn) {
        return new SearchQuery(query, codeColumn, textColumn, null);
    }

    /**
     * A query that also looks for the words in a folded notes column, ranking text matches above note-only matches
     * (column names are fixed by the caller).
     */
    public static SearchQuery of(String query, String codeColumn, String textColumn, String notesColumn) {
        return new SearchQuery(query, codeColumn, textColumn, notesColumn);
    }

    /** Whether there is nothing to search for. */
    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The WHERE condition, with placeholders only. */
    public String condition() {
        List<String> wordConditions = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String inText = textColumn + " like :w" + i + " escape '\\'";
            wordConditions.add(
                    notesColumn == null
                            ? inText
                            : "(" + inText + " or " + notesColumn + " like :w" + i + " escape '\\')");
        }
        return "(" + codeColumn + " like :codePrefix escape '\\' or replace(" + codeColumn
                + ", '.', '') like :plainPrefix escape '\\' or (" + String.join(" and ", wordConditions) + "))";
    }

    /**
     * The ORDER BY expression: exact code first, then code prefix matches, then text matches, then (with a notes column)
     * codes found only through their notes.
     */
    public String ranking() {
        String ranks = "case when " + codeColumn + " = :exact then 0 when " + codeColumn
                + " like :codePrefix escape '\\' then 1";
        if (notesColumn == null) {
            return ranks + " else 2 end";
        }
        List<String> inText = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            inText.add(textColumn + " like :w" + i + " escape '\\'");
        }
        return ranks + " when " + String.join(" and ", inText) + " then 2 else 3 end";
    }

    /** Binds this query's parameters. */
    public StatementSpec bind(StatementSpec statement) {
        StatementSpec spec = statement
                .param("codePrefix", codePrefix)
                .param("plainPrefix", plainPrefix)
                .param("exact", exact);
        for (int i = 0; i < words.size(); i++) {
            spec = spec.param("w" + i, words.get(i));
        }
        return spec;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
