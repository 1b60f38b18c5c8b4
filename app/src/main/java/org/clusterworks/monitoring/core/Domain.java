package org.clusterworks.monitoring.core;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clusterworks.monitoring.logic.Accumulation;
import org.clusterworks.monitoring.logic.Combine;
import org.clusterworks.monitoring.logic.Dimension;
import org.clusterworks.monitoring.logic.Direction;
import org.clusterworks.monitoring.logic.Granularity;
import org.clusterworks.monitoring.logic.Level;
import org.clusterworks.monitoring.logic.PeriodScheme;
import org.clusterworks.monitoring.logic.SourceKind;
import org.clusterworks.monitoring.logic.Unit;

/** The records of the monitoring module. */
final class Domain {

    private Domain() {}

    /** A results framework: of an initiative, or of the programme when {@code initiativeId} is null. */
    record Framework(
            long id,
            long workspaceId,
            Long initiativeId,
            int yearStartMonth,
            int firstYear,
            int lastYear,
            OffsetDateTime computedAt,
            OffsetDateTime staleSince,
            String staleReason) {

        Framework(long id, long workspaceId, Long initiativeId, int yearStartMonth, int firstYear, int lastYear) {
            this(id, workspaceId, initiativeId, yearStartMonth, firstYear, lastYear, null, null, null);
        }

        /** Whether a source changed after the stored values were computed. */
        public boolean stale() {
            return staleSince != null;
        }

        PeriodScheme scheme() {
            return new PeriodScheme(yearStartMonth);
        }

        boolean programme() {
            return initiativeId == null;
        }
    }

    /** One result of the chain. */
    record Result(
            long id,
            long frameworkId,
            Level level,
            Long parentId,
            String code,
            String statement,
            String assumptions,
            String verification,
            String planLink,
            int position,
            Long planObjectiveId,
            Long planActionLineId) {}

    /** An indicator's definition. */
    record Indicator(
            long id,
            long frameworkId,
            Long resultId,
            String code,
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

        /** Whether the indicator takes its baseline from the approved diagnostic (a value that day, or a figure). */
        boolean baselineFromDiagnostic() {
            return fromDiagnostic || diagnosticFigure != null;
        }

        /** The name in the language, falling back to English. */
        public String name(Locale locale) {
            return pick(locale, nameEn, nameFr, nameSw);
        }

        public String definition(Locale locale) {
            return pick(locale, definitionEn, definitionFr, definitionSw);
        }

        private static String pick(Locale locale, String en, String fr, String sw) {
            String lang = locale == null ? "en" : locale.getLanguage();
            String v = "fr".equals(lang) ? fr : "sw".equals(lang) ? sw : en;
            return v == null || v.isBlank() ? en : v;
        }

        static List<Dimension> dimensions(String stored) {
            List<Dimension> out = new ArrayList<>();
            if (stored != null) {
                for (String s : stored.split(",")) {
                    Dimension d = Dimension.parse(s);
                    if (d != null && !out.contains(d)) {
                        out.add(d);
                    }
                }
            }
            return out;
        }
    }

    /** A target for a year of the framework. */
    record Target(long indicatorId, String period, double target) {}

    /** The life of a value: entered values wait for a second person's approval; computed ones need none. */
    enum Status {
        SUBMITTED,
        APPROVED,
        RETURNED,
        COMPUTED;

        public String messageKey() {
            return "monitoring.status." + name().toLowerCase(Locale.ROOT);
        }

        /** Whether the value counts in dashboards, formulas and reports. */
        public boolean counts() {
            return this == APPROVED || this == COMPUTED;
        }
    }

    /** A value for a period and disaggregation ('' is the total). */
    record Value(
            long id,
            long indicatorId,
            String period,
            String disaggregation,
            double amount,
            Status status,
            String evidence,
            String how,
            String reviewComment,
            Long enteredBy,
            OffsetDateTime enteredAt,
            Long reviewedBy,
            OffsetDateTime reviewedAt) {
        public boolean total() {
            return disaggregation.isEmpty();
        }
    }

    /** One recorded change of a value. */
    record Change(
            String period,
            String disaggregation,
            Double oldAmount,
            Double newAmount,
            Status status,
            String note,
            String actor,
            OffsetDateTime changedAt) {}

    /** OECD DAC evaluation criteria. */
    enum Criterion {
        RELEVANCE,
        COHERENCE,
        EFFECTIVENESS,
        EFFICIENCY,
        IMPACT,
        SUSTAINABILITY;

        public String messageKey() {
            return "monitoring.criterion." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** An evaluation question with its finding. */
    record Evaluation(long id, long frameworkId, Criterion criterion, String question, String finding) {}
}
