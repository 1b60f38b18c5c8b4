package org.clusterworks.planning.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A plan frozen as it stood when it was saved as a version (on submission for endorsement, or by hand), and the
 * comparison of two such versions, matched on the objectives' and action lines' codes.
 */
public record PlanSnapshot(String vision, List<ObjectiveRow> objectives, List<LineRow> lines) {

    /** An objective as saved. */
    public record ObjectiveRow(String code, String title, String status, int swotItems) {}

    /** An action line as saved. */
    public record LineRow(
            String code,
            String title,
            String objective,
            String owner,
            LocalDate startDate,
            LocalDate endDate,
            BigDecimal budget,
            String currency,
            BigDecimal membersSharePct,
            BigDecimal fundersSharePct,
            String status,
            int milestones) {}

    /**
     * One difference between two versions.
     *
     * @param change {@code ADDED}, {@code REMOVED} or {@code CHANGED}
     * @param subject the objective's or line's code and title
     * @param field the field that changed (for {@code CHANGED}), else null
     * @param before the older value, or null
     * @param after the newer value, or null
     */
    public record Difference(String change, String subject, String field, String before, String after) {

        /** The message key of the older value when it is a status (shown translated), else null. */
        public String beforeKey() {
            return statusKey(before);
        }

        /** The message key of the newer value when it is a status (shown translated), else null. */
        public String afterKey() {
            return statusKey(after);
        }

        private String statusKey(String value) {
            if (!"status".equals(field) || value == null) {
                return null;
            }
            for (Domain.ObjectiveStatus s : Domain.ObjectiveStatus.values()) {
                if (s.name().equals(value)) {
                    return s.messageKey();
                }
            }
            for (Domain.ActionStatus s : Domain.ActionStatus.values()) {
                if (s.name().equals(value)) {
                    return s.messageKey();
                }
            }
            return null;
        }
    }

    /** What changed from {@code older} to {@code newer}. */
    public static List<Difference> compare(PlanSnapshot older, PlanSnapshot newer) {
        List<Difference> out = new ArrayList<>();
        if (!Objects.equals(older.vision(), newer.vision())) {
            out.add(new Difference("CHANGED", "vision", "statement", older.vision(), newer.vision()));
        }
        diff(
                index(older.objectives(), ObjectiveRow::code),
                index(newer.objectives(), ObjectiveRow::code),
                o -> o.code() + " " + o.title(),
                o -> fields(o.title(), o.status(), o.swotItems()),
                List.of("title", "status", "swotItems"),
                out);
        diff(
                index(older.lines(), LineRow::code),
                index(newer.lines(), LineRow::code),
                l -> l.code() + " " + l.title(),
                l -> fields(
                        l.title(),
                        l.objective(),
                        l.owner(),
                        l.startDate(),
                        l.endDate(),
                        l.budget() == null
                                ? null
                                : l.budget().stripTrailingZeros().toPlainString(),
                        l.currency(),
                        l.membersSharePct() == null
                                ? null
                                : l.membersSharePct().stripTrailingZeros().toPlainString(),
                        l.fundersSharePct() == null
                                ? null
                                : l.fundersSharePct().stripTrailingZeros().toPlainString(),
                        l.status(),
                        l.milestones()),
                List.of(
                        "title",
                        "objective",
                        "owner",
                        "startDate",
                        "endDate",
                        "budget",
                        "currency",
                        "membersSharePct",
                        "fundersSharePct",
                        "status",
                        "milestones"),
                out);
        return out;
    }

    private static List<String> fields(Object... values) {
        List<String> s = new ArrayList<>();
        for (Object v : values) {
            s.add(v == null ? null : v.toString());
        }
        return s;
    }

    private static <T> Map<String, T> index(List<T> rows, java.util.function.Function<T, String> key) {
        Map<String, T> m = new LinkedHashMap<>();
        rows.forEach(r -> m.put(key.apply(r), r));
        return m;
    }

    private static <T> void diff(
            Map<String, T> older,
            Map<String, T> newer,
            java.util.function.Function<T, String> label,
            java.util.function.Function<T, List<String>> values,
            List<String> names,
            List<Difference> out) {
        older.forEach((code, o) -> {
            T n = newer.get(code);
            if (n == null) {
                out.add(new Difference("REMOVED", label.apply(o), null, null, null));
                return;
            }
            List<String> a = values.apply(o);
            List<String> b = values.apply(n);
            for (int k = 0; k < names.size(); k++) {
                if (!Objects.equals(a.get(k), b.get(k))) {
                    out.add(new Difference("CHANGED", label.apply(n), names.get(k), a.get(k), b.get(k)));
                }
            }
        });
        newer.forEach((code, n) -> {
            if (!older.containsKey(code)) {
                out.add(new Difference("ADDED", label.apply(n), null, null, null));
            }
        });
    }
}
