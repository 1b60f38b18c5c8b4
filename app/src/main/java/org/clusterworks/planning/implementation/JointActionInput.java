package org.clusterworks.planning.implementation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.clusterworks.planning.implementation.Implementation.Direction;
import org.clusterworks.planning.implementation.Implementation.JointStatus;
import org.clusterworks.planning.implementation.Implementation.Kind;
import org.clusterworks.shared.FormFields;
import org.clusterworks.shared.InvalidInput;

/** The joint-action form as typed; the check names each bad field. */
public record JointActionInput(
        String actionLineId,
        String title,
        String kind,
        String direction,
        String startDate,
        String endDate,
        String budget,
        String currency,
        String status,
        String results,
        String continued) {

    /** A checked joint action. */
    public record Valid(
            Long actionLineId,
            String title,
            Kind kind,
            Direction direction,
            LocalDate startDate,
            LocalDate endDate,
            BigDecimal budget,
            String currency,
            JointStatus status,
            String results,
            Boolean continued) {}

    public static JointActionInput empty() {
        return new JointActionInput(null, null, null, "HORIZONTAL", null, null, null, "TZS", "PLANNED", null, null);
    }

    public Valid check(InvalidInput.Collector errors) {
        Long line = FormFields.id("actionLineId", actionLineId, false, errors);
        String t = FormFields.required("title", title, 300, errors);
        Kind k = FormFields.choice("kind", kind, Kind.class, null, errors);
        Direction d = FormFields.choice("direction", direction, Direction.class, null, errors);
        LocalDate s = FormFields.date("startDate", startDate, false, errors);
        LocalDate e = FormFields.date("endDate", endDate, false, errors);
        if (s != null && e != null && e.isBefore(s)) {
            errors.add("endDate", "planning.end-before-start");
        }
        BigDecimal b = FormFields.decimal("budget", budget, 0, 1e14, errors);
        String cur = FormFields.text(currency);
        if (cur != null) {
            cur = cur.toUpperCase(Locale.ROOT);
            if (!cur.matches("[A-Z]{3}")) {
                errors.add("currency", "planning.currency-code");
            }
        }
        JointStatus st = FormFields.choice("status", status, JointStatus.class, JointStatus.PLANNED, errors);
        String r = FormFields.optional("results", results, 10_000, errors);
        String c = FormFields.text(continued);
        Boolean cont = c == null
                ? null
                : switch (c.toLowerCase(Locale.ROOT)) {
                    case "true", "yes" -> Boolean.TRUE;
                    case "false", "no" -> Boolean.FALSE;
                    default -> {
                        errors.add("continued", "input.unknown-choice");
                        yield null;
                    }
                };
        return new Valid(line, t, k, d, s, e, b, cur, st, r, cont);
    }
}
