package org.clusterworks.reference.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * A user's search turned into an SQL condition with named parameters: the code starts with the query (dots
 * optional, so {@code 6201} finds {@code 62.01}) or the folded text column contains every word of it.
 */
public final class SearchQuery {

    private static final int MAX_WORDS = 6;

    private final String codePrefix;
    private final String plainPrefix;
    private final String exact;
    private final List<String> words;
    private final String codeColumn;
    private final String textColumn;

    private SearchQuery(String query, String codeColumn, String textColumn) {
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
    }

    /** A query over the given code column and folded text column (column names are fixed by the caller). */
    public static SearchQuery of(String query, String codeColumn, String textColumn) {
        return new SearchQuery(query, codeColumn, textColumn);
    }

    /** Whether there is nothing to search for. */
    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The WHERE condition, with placeholders only. */
    public String condition() {
        List<String> wordConditions = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            wordConditions.add(textColumn + " like :w" + i + " escape '\\'");
        }
        return "(" + codeColumn + " like :codePrefix escape '\\' or replace(" + codeColumn
                + ", '.', '') like :plainPrefix escape '\\' or (" + String.join(" and ", wordConditions) + "))";
    }

    /** The ORDER BY expression: exact code first, then code prefix matches, then title matches. */
    public String ranking() {
        return "case when " + codeColumn + " = :exact then 0 when " + codeColumn
                + " like :codePrefix escape '\\' then 1 else 2 end";
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
