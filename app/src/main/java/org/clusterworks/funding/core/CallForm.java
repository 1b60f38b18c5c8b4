package org.clusterworks.funding.core;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.clusterworks.funding.core.Domain.Call;
import org.clusterworks.shared.InvalidInput;

/**
 * The call form as typed: opening and closing are local date-times in the call's time zone ({@code
 * 2026-03-31T17:00}), turned into instants here.
 */
public record CallForm(
        String programme,
        String titleEn,
        String titleFr,
        String titleSw,
        String textEn,
        String textFr,
        String textSw,
        String currency,
        String budget,
        String maxGrant,
        String cofinancingPct,
        String timeZone,
        String opens,
        String closes,
        String initiativeId,
        String scaleMin,
        String scaleMax) {

    static CallForm empty() {
        return new CallForm(
                "", "", "", "", "", "", "", "TZS", "", "", "20", "Africa/Dar_es_Salaam", "", "", "", "0", "5");
    }

    static CallForm of(Call c) {
        return new CallForm(
                c.programme(),
                c.titleEn(),
                c.titleFr(),
                c.titleSw(),
                c.textEn(),
                c.textFr(),
                c.textSw(),
                c.currency(),
                c.budget().toPlainString(),
                c.maxGrant().toPlainString(),
                c.cofinancingPct().toPlainString(),
                c.zone().getId(),
                c.opensLocal().toLocalDateTime().toString(),
                c.closesLocal().toLocalDateTime().toString(),
                c.initiativeId() == null ? "" : c.initiativeId().toString(),
                Integer.toString(c.scaleMin()),
                Integer.toString(c.scaleMax()));
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static BigDecimal amount(String field, String text, InvalidInput.Collector errors, boolean percent) {
        String t = clean(text);
        if (t == null) {
            errors.add(field, "funding.error.required");
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(t.replace(",", "").replace(" ", ""));
            if (v.signum() < 0 || (percent && v.compareTo(BigDecimal.valueOf(100)) > 0)) {
                errors.add(field, percent ? "funding.error.percent" : "funding.error.amount");
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            errors.add(field, percent ? "funding.error.percent" : "funding.error.amount");
            return null;
        }
    }

    private static Instant instant(String field, String text, ZoneId zone, InvalidInput.Collector errors) {
        String t = clean(text);
        if (t == null) {
            errors.add(field, "funding.error.required");
            return null;
        }
        try {
            return zone == null ? null : LocalDateTime.parse(t).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(field, "funding.error.datetime");
            return null;
        }
    }

    private static int integer(String field, String text, InvalidInput.Collector errors) {
        try {
            return Integer.parseInt(clean(text) == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            errors.add(field, "funding.error.integer");
            return 0;
        }
    }

    /** The call these values describe, or every problem at once. */
    Call toCall(long id, long workspaceId) {
        var errors = new InvalidInput.Collector();
        if (clean(programme) == null) {
            errors.add("programme", "funding.error.required");
        }
        if (clean(titleEn) == null) {
            errors.add("titleEn", "funding.error.required");
        }
        String cur = clean(currency) == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        if (!cur.matches("[A-Z]{3}")) {
            errors.add("currency", "funding.error.currency");
        }
        BigDecimal b = amount("budget", budget, errors, false);
        BigDecimal max = amount("maxGrant", maxGrant, errors, false);
        BigDecimal cof = amount("cofinancingPct", cofinancingPct, errors, true);
        if (b != null && max != null && max.compareTo(b) > 0) {
            errors.add("maxGrant", "funding.call.max-over-budget");
        }
        ZoneId zone = null;
        try {
            zone = ZoneId.of(clean(timeZone) == null ? "" : timeZone.strip());
        } catch (DateTimeException e) {
            errors.add("timeZone", "funding.error.zone");
        }
        Instant o = instant("opens", opens, zone, errors);
        Instant c = instant("closes", closes, zone, errors);
        if (o != null && c != null && !c.isAfter(o)) {
            errors.add("closes", "funding.call.closes-before-opens");
        }
        Long ini = null;
        if (clean(initiativeId) != null) {
            try {
                ini = Long.parseLong(initiativeId.strip());
            } catch (NumberFormatException e) {
                errors.add("initiativeId", "funding.error.integer");
            }
        }
        int smin = integer("scaleMin", scaleMin, errors);
        int smax = integer("scaleMax", scaleMax, errors);
        if (!errors.has("scaleMin") && !errors.has("scaleMax") && (smin < 0 || smax <= smin || smax > 100)) {
            errors.add("scaleMax", "funding.call.scale");
        }
        errors.throwIfAny();
        return new Call(
                id,
                workspaceId,
                programme.strip(),
                titleEn.strip(),
                clean(titleFr),
                clean(titleSw),
                clean(textEn),
                clean(textFr),
                clean(textSw),
                cur,
                b,
                max,
                cof,
                zone,
                o,
                c,
                ini,
                smin,
                smax);
    }
}
