package org.clusterworks.funding.core;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.funding.core.Domain.CostCategory;
import org.clusterworks.shared.InvalidInput;

/**
 * The structured application form as sent by the page (text fields, the grant requested and one cost field per
 * partner and category, named {@code cost_<organisation id>_<CATEGORY>}).
 */
public record ApplicationForm(
        String title,
        String summary,
        String objectives,
        String workPlan,
        BigDecimal requested,
        Map<Long, Map<CostCategory, BigDecimal>> costs) {

    /** Reads the form fields of the given partners; bad numbers are reported by field name. */
    static ApplicationForm parse(Map<String, String> fields, List<Long> partners) {
        var errors = new InvalidInput.Collector();
        BigDecimal requested = optionalAmount("requested", fields.get("requested"), errors);
        Map<Long, Map<CostCategory, BigDecimal>> costs = new LinkedHashMap<>();
        for (long org : partners) {
            Map<CostCategory, BigDecimal> m = new EnumMap<>(CostCategory.class);
            for (CostCategory c : CostCategory.values()) {
                String name = "cost_" + org + "_" + c.name();
                BigDecimal v = optionalAmount(name, fields.get(name), errors);
                m.put(c, v == null ? BigDecimal.ZERO : v);
            }
            costs.put(org, m);
        }
        errors.throwIfAny();
        return new ApplicationForm(
                text(fields.get("title")),
                text(fields.get("summary")),
                text(fields.get("objectives")),
                text(fields.get("workPlan")),
                requested,
                costs);
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static BigDecimal optionalAmount(String field, String text, InvalidInput.Collector errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(text.strip().replace(",", "").replace(" ", ""));
            if (v.signum() < 0 || v.scale() > 2) {
                errors.add(field, "funding.error.amount");
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            errors.add(field, "funding.error.amount");
            return null;
        }
    }
}
