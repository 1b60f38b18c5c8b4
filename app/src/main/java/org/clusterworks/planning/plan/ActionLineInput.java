package org.clusterworks.planning.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clusterworks.planning.plan.Domain.ActionStatus;
import org.clusterworks.shared.FormFields;
import org.clusterworks.shared.InvalidInput;

/**
 * The action-line form as typed: funders come as two parallel lists (name and share); the check turns it into a
 * {@link Valid} line or names each bad field: {@code endDate} before the start, {@code membersSharePct} or {@code
 * funderShare[2]} out of 0-100, and {@code shares} when members and funders together pass 100% of the budget.
 */
public record ActionLineInput(
        String objectiveId,
        String code,
        String title,
        String description,
        String ownerOrgId,
        String ownerPersonId,
        String startDate,
        String endDate,
        String budget,
        String currency,
        String membersSharePct,
        String status,
        List<String> funderName,
        List<String> funderShare,
        List<String> partnerIds,
        List<String> swotItemIds) {

    /** A funder's share of the budget. */
    public record FunderShare(String name, BigDecimal sharePct) {}

    /** A checked action line. */
    public record Valid(
            Long objectiveId,
            String code,
            String title,
            String description,
            Long ownerOrgId,
            Long ownerPersonId,
            LocalDate startDate,
            LocalDate endDate,
            BigDecimal budget,
            String currency,
            BigDecimal membersSharePct,
            ActionStatus status,
            List<FunderShare> funders,
            List<Long> partnerIds,
            List<Long> swotItemIds) {

        /** Members' and funders' shares added up, in percent. */
        public BigDecimal totalSharePct() {
            BigDecimal total = membersSharePct == null ? BigDecimal.ZERO : membersSharePct;
            for (FunderShare f : funders) {
                total = total.add(f.sharePct());
            }
            return total;
        }
    }

    public static ActionLineInput empty() {
        return new ActionLineInput(
                null, null, null, null, null, null, null, null, null, "TZS", null, "PLANNED", List.of(), List.of(),
                List.of(), List.of());
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Checks every field; problems go to {@code errors} under the field's name. */
    public Valid check(InvalidInput.Collector errors) {
        Long objective = FormFields.id("objectiveId", objectiveId, false, errors);
        String c = FormFields.optional("code", code, 20, errors);
        String t = FormFields.required("title", title, 300, errors);
        String d = FormFields.optional("description", description, 10_000, errors);
        Long org = FormFields.id("ownerOrgId", ownerOrgId, false, errors);
        Long person = FormFields.id("ownerPersonId", ownerPersonId, false, errors);
        LocalDate start = FormFields.date("startDate", startDate, true, errors);
        LocalDate end = FormFields.date("endDate", endDate, true, errors);
        if (start != null && end != null && end.isBefore(start)) {
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
        BigDecimal members = FormFields.decimal("membersSharePct", membersSharePct, 0, 100, errors);
        ActionStatus s = FormFields.choice("status", status, ActionStatus.class, ActionStatus.PLANNED, errors);
        List<FunderShare> funders = new ArrayList<>();
        List<String> names = funderName == null ? List.of() : funderName;
        List<String> shares = funderShare == null ? List.of() : funderShare;
        for (int k = 0; k < Math.max(names.size(), shares.size()); k++) {
            String n = k < names.size() ? FormFields.text(names.get(k)) : null;
            String p = k < shares.size() ? FormFields.text(shares.get(k)) : null;
            if (n == null && p == null) {
                continue;
            }
            String field = "funderShare[" + (k + 1) + "]";
            if (n == null) {
                errors.add("funderName[" + (k + 1) + "]", "input.required");
            } else if (n.length() > 200) {
                errors.add("funderName[" + (k + 1) + "]", "input.too-long");
            }
            BigDecimal pct = FormFields.decimal(field, p, 0, 100, errors);
            if (p == null) {
                errors.add(field, "input.required");
            }
            if (n != null && pct != null) {
                funders.add(new FunderShare(n, pct));
            }
        }
        Valid v = new Valid(
                objective,
                c,
                t,
                d,
                org,
                person,
                start,
                end,
                b,
                cur,
                members,
                s,
                List.copyOf(funders),
                FormFields.ids("partnerIds", partnerIds, errors),
                FormFields.ids("swotItemIds", swotItemIds, errors));
        if (v.totalSharePct().compareTo(HUNDRED) > 0) {
            errors.add("shares", "planning.shares-over-100");
        }
        if ((members != null || !funders.isEmpty()) && b == null) {
            errors.add("budget", "planning.budget-needed-for-shares");
        }
        return v;
    }
}
