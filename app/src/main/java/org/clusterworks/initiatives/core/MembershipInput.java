package org.clusterworks.initiatives.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.clusterworks.shared.FormFields;
import org.clusterworks.shared.InvalidInput;

/** A new membership as typed in the form. */
public record MembershipInput(
        String organisationId,
        String memberType,
        String fee,
        String currency,
        String startDate,
        String endDate,
        String committed) {

    Valid check(InvalidInput.Collector errors) {
        Long org = FormFields.id("organisationId", organisationId, true, errors);
        Domain.MemberType type =
                FormFields.choice("memberType", memberType, Domain.MemberType.class, Domain.MemberType.FULL, errors);
        BigDecimal f = FormFields.decimal("fee", fee, 0, 1e9, errors);
        String cur = FormFields.text(currency);
        if (cur != null && !cur.matches("[A-Za-z]{3}")) {
            errors.add("currency", "input.currency");
        }
        LocalDate start = FormFields.date("startDate", startDate, false, errors);
        LocalDate end = FormFields.date("endDate", endDate, false, errors);
        if (start == null && !errors.has("startDate")) {
            start = LocalDate.now();
        }
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("endDate", "input.end-before-start");
        }
        return new Valid(
                org,
                type,
                f,
                cur == null ? null : cur.toUpperCase(java.util.Locale.ROOT),
                start,
                end,
                !"false".equalsIgnoreCase(FormFields.text(committed)));
    }

    record Valid(
            Long organisationId,
            Domain.MemberType memberType,
            BigDecimal fee,
            String currency,
            LocalDate startDate,
            LocalDate endDate,
            boolean committed) {}
}
