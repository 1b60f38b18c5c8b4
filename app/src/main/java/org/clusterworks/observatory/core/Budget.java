package org.clusterworks.observatory.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A budget as stated, and as a number of euros where the text allows it.
 *
 * <p>Rules (observatory-import-notes.md §5): thousands separators may be commas or dots ("10,000,000",
 * "€3.000.000"); "m" means million ("€1.7m"); several amounts are added ("Direct: €3,000,000; Indirect:
 * €65,000,000"), unless the text states a total ("(total: €144m)"), which wins; a period ("for 7 years",
 * "(15 months)") makes the basis {@link Basis#PERIOD}; "approx.", "around", "about" and "on average" mark the number
 * as hedged; amounts in another currency (CAD, USD, NIS) and texts without an amount give no number.
 *
 * @param text the budget as stated
 * @param eur the amount in euros, or null
 * @param basis what the amount covers
 * @param hedged whether the text qualifies the amount as approximate
 */
public record Budget(String text, BigDecimal eur, Basis basis, boolean hedged) {

    /** What an amount covers. */
    public enum Basis {
        ANNUAL,
        PERIOD,
        UNKNOWN
    }

    private static final Pattern AMOUNT = Pattern.compile(
            "(€|EUR\\s*)?\\s*(\\d{1,3}(?:[.,]\\d{3})+|\\d+(?:[.,]\\d+)?)\\s*(m\\b|million\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TOTAL = Pattern.compile("total:?\\s*(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERIOD =
            Pattern.compile("\\bfor \\d+ years\\b|\\(\\d+ months\\)|\\bover \\d+ years\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEDGE =
            Pattern.compile("\\b(approx\\.?|approximately|around|about|on average)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOREIGN = Pattern.compile("\\b(CAD|USD|NIS|US\\$|BRL|JPY|KRW)\\b");

    /** Parses a budget stated in a column or field of annual budgets in euros. */
    public static Budget parse(String text) {
        if (text == null || text.isBlank()) {
            return new Budget(text, null, Basis.UNKNOWN, false);
        }
        String t = text.strip();
        boolean hedged = HEDGE.matcher(t).find();
        Basis basis = PERIOD.matcher(t).find() ? Basis.PERIOD : Basis.ANNUAL;
        if (FOREIGN.matcher(t).find()) {
            return new Budget(t, null, Basis.UNKNOWN, hedged);
        }
        Matcher total = TOTAL.matcher(t);
        boolean hasTotal = total.find();
        List<BigDecimal> amounts = amounts(hasTotal ? total.group(1) : t, hasTotal);
        if (amounts.isEmpty()) {
            return new Budget(t, null, Basis.UNKNOWN, hedged);
        }
        BigDecimal sum = hasTotal ? amounts.get(0) : amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Budget(t, sum, basis, hedged);
    }

    private static List<BigDecimal> amounts(String text, boolean firstOnly) {
        List<BigDecimal> out = new ArrayList<>();
        boolean anyEuro = text.contains("€") || text.toUpperCase(Locale.ROOT).contains("EUR");
        boolean bare = text.strip().matches("[\\d.,\\s]+");
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            boolean euro = m.group(1) != null;
            if (!euro && !(bare && !anyEuro)) {
                continue; // a year, a count ("6 spearheadclusters") or a duration, not money
            }
            out.add(number(m.group(2), m.group(3) != null));
            if (firstOnly) {
                break;
            }
        }
        return out;
    }

    private static BigDecimal number(String digits, boolean millions) {
        String d;
        if (digits.matches("\\d{1,3}([.,]\\d{3})+")) {
            d = digits.replace(",", "").replace(".", ""); // thousands separators, comma or dot
        } else {
            d = digits.replace(',', '.');
        }
        BigDecimal value = new BigDecimal(d);
        return millions ? value.multiply(BigDecimal.valueOf(1_000_000)) : value;
    }
}
