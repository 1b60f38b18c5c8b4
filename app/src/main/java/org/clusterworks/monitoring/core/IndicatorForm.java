package org.clusterworks.monitoring.core;

import java.time.LocalDate;
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
import org.clusterworks.shared.FormFields;
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
        String fromDiagnostic,
        String diagnosticFigure) {

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
                "false",
                "");
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
                Boolean.toString(i.fromDiagnostic()),
                i.diagnosticFigure() == null ? "" : i.diagnosticFigure());
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
            String libraryKey,
            String diagnosticFigure) {

        String disaggregationText() {
            return String.join(",", disaggregations.stream().map(Enum::name).toList());
        }
    }

    /** Checks every field; the source parameter is checked by the service, which knows the framework. */
    Spec check(InvalidInput.Collector errors) {
        String c = FormFields.required("code", code, 40, errors);
        if (c != null && !c.toUpperCase(Locale.ROOT).matches("[A-Z][A-Z0-9_]*")) {
            errors.add("code", "monitoring.indicator.code-format");
        }
        Long result = FormFields.id("resultId", resultId, false, errors);
        String en = FormFields.required("nameEn", nameEn, 300, errors);
        Unit u = FormFields.choice("unit", unit, Unit.class, null, errors);
        String cur = FormFields.optional("currency", currency, 3, errors);
        if (u == Unit.CURRENCY && (cur == null || !cur.toUpperCase(Locale.ROOT).matches("[A-Z]{3}"))) {
            errors.add("currency", "monitoring.indicator.currency-needed");
        }
        Direction d = FormFields.choice("direction", direction, Direction.class, null, errors);
        Accumulation a = FormFields.choice("accumulation", accumulation, Accumulation.class, null, errors);
        Combine cb = FormFields.choice("combine", combine, Combine.class, null, errors);
        Granularity f = FormFields.choice("frequency", frequency, Granularity.class, null, errors);
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
        SourceKind sk = FormFields.choice("sourceKind", sourceKind, SourceKind.class, null, errors);
        String param = FormFields.optional("sourceParam", sourceParam, 1000, errors);
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
        LocalDate bd = FormFields.date("baselineDate", baselineDate, false, errors);
        String figure = FormFields.optional("diagnosticFigure", diagnosticFigure, 60, errors);
        if (figure != null && !figure.matches("[a-z][a-z_]*\\.[a-z][a-z_]*")) {
            errors.add("diagnosticFigure", "monitoring.indicator.diagnostic-figure");
        }
        return new Spec(
                c == null ? null : c.toUpperCase(Locale.ROOT),
                result,
                en,
                FormFields.optional("nameFr", nameFr, 300, errors),
                FormFields.optional("nameSw", nameSw, 300, errors),
                FormFields.optional("definitionEn", definitionEn, 3000, errors),
                FormFields.optional("definitionFr", definitionFr, 3000, errors),
                FormFields.optional("definitionSw", definitionSw, 3000, errors),
                u,
                cur == null ? null : cur.toUpperCase(Locale.ROOT),
                d,
                a,
                cb,
                f,
                dims,
                FormFields.optional("owner", owner, 200, errors),
                sk,
                param,
                base,
                bd,
                FormFields.optional("baselineSource", baselineSource, 500, errors),
                "true".equalsIgnoreCase(fromDiagnostic) || "on".equalsIgnoreCase(fromDiagnostic),
                null,
                figure);
    }
}
