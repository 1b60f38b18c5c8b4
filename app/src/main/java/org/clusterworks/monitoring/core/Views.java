package org.clusterworks.monitoring.core;

import java.util.Arrays;
import java.util.Locale;
import org.clusterworks.monitoring.logic.Unit;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Formatting for the monitoring pages ({@code ${@monitoringViews...}} in templates). */
@Component("monitoringViews")
public class Views {

    private final MessageSource messages;

    Views(MessageSource messages) {
        this.messages = messages;
    }

    /** A value in its unit: 42, 37.5 %, 1.8, yes, 12,000,000 TZS. */
    public String format(Domain.Indicator i, Double v) {
        if (v == null) {
            return "–";
        }
        Locale locale = LocaleContextHolder.getLocale();
        if (i.unit() == Unit.YES_NO) {
            return messages.getMessage(v != 0 ? "monitoring.yes" : "monitoring.no", null, locale);
        }
        var nf = java.text.NumberFormat.getNumberInstance(Locale.ENGLISH);
        nf.setMaximumFractionDigits(i.unit() == Unit.RATE ? 3 : Math.abs(v) >= 1000 ? 0 : 2);
        String n = nf.format(v);
        return switch (i.unit()) {
            case PERCENTAGE -> n + " %";
            case CURRENCY -> n + (i.currency() == null ? "" : " " + i.currency());
            default -> n;
        };
    }

    /** Achievement as a whole percentage. */
    public String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + " %";
    }

    /** How a computed value was computed, from its stored {@code key|arg|arg}, in the reader's language. */
    public String how(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        String[] parts = stored.split("\\|");
        return messages.getMessage(
                parts[0], Arrays.copyOfRange(parts, 1, parts.length), stored, LocaleContextHolder.getLocale());
    }

    /** A disaggregation ('HELIX=BUSINESS') in words; the total for ''. */
    public String disaggregation(String stored) {
        Locale locale = LocaleContextHolder.getLocale();
        if (stored == null || stored.isEmpty()) {
            return messages.getMessage("monitoring.total", null, locale);
        }
        String[] p = stored.split("=", 2);
        String dim = messages.getMessage("monitoring.dimension." + p[0].toLowerCase(Locale.ROOT), null, p[0], locale);
        String cat = switch (p[0]) {
            case "HELIX" -> messages.getMessage("helix." + p[1].toLowerCase(Locale.ROOT), null, p[1], locale);
            case "GENDER" -> messages.getMessage("gender." + p[1].toLowerCase(Locale.ROOT), null, p[1], locale);
            case "SIZE" -> messages.getMessage("monitoring.size." + p[1].toLowerCase(Locale.ROOT), null, p[1], locale);
            default -> p[1];
        };
        return dim + ": " + cat;
    }

    /** The disaggregations of a breakdown in words, joined by '|' for a chart's data attribute. */
    public String breakdownLabels(java.util.Map<String, Double> breakdown) {
        return String.join(
                "|", breakdown.keySet().stream().map(this::disaggregation).toList());
    }

    /** The values of a breakdown joined by '|' for a chart's data attribute. */
    public String breakdownValues(java.util.Map<String, Double> breakdown) {
        return String.join("|", breakdown.values().stream().map(String::valueOf).toList());
    }

    public String name(Domain.Indicator i) {
        return i.name(LocaleContextHolder.getLocale());
    }

    public String definition(Domain.Indicator i) {
        return i.definition(LocaleContextHolder.getLocale());
    }
}
