package org.clusterworks.monitoring.core;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clusterworks.monitoring.logic.Accumulation;
import org.clusterworks.monitoring.logic.AggregationRules;
import org.clusterworks.monitoring.logic.Combine;
import org.clusterworks.monitoring.logic.Dimension;
import org.clusterworks.monitoring.logic.Direction;
import org.clusterworks.monitoring.logic.Formula;
import org.clusterworks.monitoring.logic.Granularity;
import org.clusterworks.monitoring.logic.SourceKind;
import org.clusterworks.monitoring.logic.Unit;
import org.clusterworks.shared.InvalidInput;

/** The indicator form as typed; {@link #check} turns it into a {@link Spec} or reports each field's problem. */
record IndicatorForm(
        String code,
        String resultId,
        String nameEn,
        String nameFr,
        String nameSw,
        String definitionEn,
        String definitionFr,
        String definitionSw,
        String unit,
        String currency,
        String direction,
        String accumulation,
        String combine,
        String frequency,
        List<String> disaggregations,
        String owner,
        String sourceKind,
        String sourceParam,
        String baselineValue,
        String baselineDate,
        String baselineSource,
        String fromDiagnostic) {

    static IndicatorForm empty() {
        return new IndicatorForm(
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "NUMBER",
                "",
                "HIGHER_IS_BETTER",
                "INCREMENTAL",
                "SUM",
                "YEAR",
                List.of(),
                "",
                "MANUAL",
                "",
                "",
                "",
                "",
                "false");
    }

    static IndicatorForm of(Domain.Indicator i) {
        return new IndicatorForm(
                i.code(),
                i.resultId() == null ? "" : i.resultId().toString(),
                i.nameEn(),
                i.nameFr(),
                i.nameSw(),
                i.definitionEn(),
                i.definitionFr(),
                i.definitionSw(),
                i.unit().name(),
                i.currency(),
                i.direction().name(),
                i.accumulation().name(),
                i.combine().name(),
                i.frequency().name(),
                i.disaggregations().stream().map(Enum::name).toList(),
                i.owner(),
                i.sourceKind().name(),
                i.sourceParam(),
                i.baselineValue() == null ? "" : Numbers.plain(i.baselineValue()),
                i.baselineDate() == null ? "" : i.baselineDate().toString(),
                i.baselineSource(),
                Boolean.toString(i.fromDiagnostic()));
    }

    /** A checked indicator definition, ready to store. */
    record Spec(
            String code,
            Long resultId,
            String nameEn,
            String nameFr,
            String nameSw,
            String definitionEn,
            String definitionFr,
            String definitionSw,
            Unit unit,
            String currency,
            Direction direction,
            Accumulation accumulation,
            Combine combine,
            Granularity frequency,
            List<Dimension> disaggregations,
            String owner,
            SourceKind sourceKind,
            String sourceParam,
            Double baselineValue,
            LocalDate baselineDate,
            String baselineSource,
            boolean fromDiagnostic,
            String libraryKey) {

        String disaggregationText() {
            return String.join(",", disaggregations.stream().map(Enum::name).toList());
        }
    }

    private static String clean(String s, int max, String field, InvalidInput.Collector errors) {
        String v = s == null ? "" : s.strip();
        if (v.length() > max) {
            errors.add(field, "input.too-long");
        }
        return v.isEmpty() ? null : v;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, InvalidInput.Collector e) {
        if (value == null || value.isBlank()) {
            e.add(field, "input.required");
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            e.add(field, "input.unknown-choice");
            return null;
        }
    }

    /** Checks every field; the source parameter is checked by the service, which knows the framework. */
    Spec check(InvalidInput.Collector errors) {
        String c = clean(code, 40, "code", errors);
        if (c == null) {
            errors.add("code", "input.required");
        } else if (!c.toUpperCase(Locale.ROOT).matches("[A-Z][A-Z0-9_]*")) {
            errors.add("code", "monitoring.indicator.code-format");
        }
        Long result = null;
        if (resultId != null && !resultId.isBlank()) {
            try {
                result = Long.parseLong(resultId.strip());
            } catch (NumberFormatException e) {
                errors.add("resultId", "input.unknown-choice");
            }
        }
        String en = clean(nameEn, 300, "nameEn", errors);
        if (en == null) {
            errors.add("nameEn", "input.required");
        }
        Unit u = choice(Unit.class, unit, "unit", errors);
        String cur = clean(currency, 3, "currency", errors);
        if (u == Unit.CURRENCY && (cur == null || !cur.toUpperCase(Locale.ROOT).matches("[A-Z]{3}"))) {
            errors.add("currency", "monitoring.indicator.currency-needed");
        }
        Direction d = choice(Direction.class, direction, "direction", errors);
        Accumulation a = choice(Accumulation.class, accumulation, "accumulation", errors);
        Combine cb = choice(Combine.class, combine, "combine", errors);
        Granularity f = choice(Granularity.class, frequency, "frequency", errors);
        AggregationRules.problems(u, a, cb).forEach(errors::add);
        List<Dimension> dims = new ArrayList<>();
        for (String s : disaggregations == null ? List.<String>of() : disaggregations) {
            Dimension dim = Dimension.parse(s);
            if (dim == null) {
                errors.add("disaggregations", "input.unknown-choice");
            } else if (!dims.contains(dim)) {
                dims.add(dim);
            }
        }
        SourceKind sk = choice(SourceKind.class, sourceKind, "sourceKind", errors);
        String param = clean(sourceParam, 1000, "sourceParam", errors);
        if (sk == SourceKind.FORMULA) {
            if (param == null) {
                errors.add("sourceParam", "monitoring.indicator.formula-needed");
            } else {
                try {
                    Formula.parse(param);
                } catch (Formula.Invalid e) {
                    errors.add("sourceParam", "monitoring.indicator.formula-invalid");
                }
            }
        } else if (sk != null && sk != SourceKind.MANUAL && param == null) {
            errors.add("sourceParam", "monitoring.indicator.source-needed");
        }
        Double base = Numbers.parse(baselineValue, "baselineValue", errors);
        if (base != null && u == Unit.YES_NO && base != 0 && base != 1) {
            errors.add("baselineValue", "monitoring.value.yes-no");
        }
        LocalDate bd = null;
        if (baselineDate != null && !baselineDate.isBlank()) {
            try {
                bd = LocalDate.parse(baselineDate.strip());
            } catch (DateTimeParseException e) {
                errors.add("baselineDate", "input.date");
            }
        }
        return new Spec(
                c == null ? null : c.toUpperCase(Locale.ROOT),
                result,
                en,
                clean(nameFr, 300, "nameFr", errors),
                clean(nameSw, 300, "nameSw", errors),
                clean(definitionEn, 3000, "definitionEn", errors),
                clean(definitionFr, 3000, "definitionFr", errors),
                clean(definitionSw, 3000, "definitionSw", errors),
                u,
                cur == null ? null : cur.toUpperCase(Locale.ROOT),
                d,
                a,
                cb,
                f,
                dims,
                clean(owner, 200, "owner", errors),
                sk,
                param,
                base,
                bd,
                clean(baselineSource, 500, "baselineSource", errors),
                "true".equalsIgnoreCase(fromDiagnostic) || "on".equalsIgnoreCase(fromDiagnostic),
                null);
    }
}
