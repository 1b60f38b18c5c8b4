package org.clusterworks.observatory.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusterworks.observatory.core.Dimension;
import org.clusterworks.observatory.core.Item;
import org.clusterworks.observatory.core.Level;
import org.clusterworks.observatory.core.ObservatoryService;
import org.clusterworks.observatory.core.ProgrammeQuery;
import org.clusterworks.shared.InvalidInput;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Turns the search form's parameters into a {@link ProgrammeQuery}, and fills the form's choices. */
@Component
final class Filters {

    private final ObservatoryService service;

    Filters(ObservatoryService service) {
        this.service = service;
    }

    /** The search form's parameters, as sent (all optional). */
    record Params(
            String level,
            String country,
            Long region,
            String objective,
            String clusterType,
            String measure,
            String targetGroup,
            String budgetMin,
            String budgetMax,
            String year,
            String q) {}

    /** The query, or {@link InvalidInput} naming each bad parameter. */
    ProgrammeQuery query(Params p) {
        var errors = new InvalidInput.Collector();
        Level level = null;
        try {
            level = Level.parse(p.level());
        } catch (IllegalArgumentException e) {
            errors.add("level", "observatory.filter.error.level");
        }
        BigDecimal min = decimal(p.budgetMin(), "budgetMin", errors);
        BigDecimal max = decimal(p.budgetMax(), "budgetMax", errors);
        Integer year = null;
        if (p.year() != null && !p.year().isBlank()) {
            try {
                year = Integer.parseInt(p.year().strip());
            } catch (NumberFormatException e) {
                errors.add("year", "observatory.filter.error.year");
            }
        }
        item(Dimension.OBJECTIVE, p.objective(), "objective", errors);
        item(Dimension.CLUSTER_TYPE, p.clusterType(), "clusterType", errors);
        item(Dimension.MEASURE, p.measure(), "measure", errors);
        item(Dimension.TARGET_GROUP, p.targetGroup(), "targetGroup", errors);
        errors.throwIfAny();
        return new ProgrammeQuery(
                level,
                blank(p.country()),
                p.region(),
                blank(p.objective()),
                blank(p.clusterType()),
                blank(p.measure()),
                blank(p.targetGroup()),
                min,
                max,
                year,
                blank(p.q()));
    }

    private void item(Dimension d, String code, String field, InvalidInput.Collector errors) {
        if (code != null
                && !code.isBlank()
                && service.taxonomy().item(d.code(), code).isEmpty()) {
            errors.add(field, "observatory.filter.error.item");
        }
    }

    private static BigDecimal decimal(String s, String field, InvalidInput.Collector errors) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(s.strip().replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            errors.add(field, "observatory.filter.error.number");
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    void addChoices(Model model, Params params, Locale locale) {
        model.addAttribute("params", params);
        model.addAttribute("levels", Level.values());
        model.addAttribute("countries", service.repository().countries());
        model.addAttribute("regions", service.repository().regions(blank(params.country())));
        model.addAttribute("objectives", choices(Dimension.OBJECTIVE, locale));
        model.addAttribute("clusterTypes", choices(Dimension.CLUSTER_TYPE, locale));
        model.addAttribute("measures", choices(Dimension.MEASURE, locale));
        model.addAttribute("targetGroups", choices(Dimension.TARGET_GROUP, locale));
    }

    /** Code to label, national wording (or its translation). */
    List<Map.Entry<String, String>> choices(Dimension d, Locale locale) {
        return service.taxonomy().items(d).stream()
                .map((Item i) -> Map.entry(i.code(), i.label(Level.NATIONAL, locale)))
                .toList();
    }
}
