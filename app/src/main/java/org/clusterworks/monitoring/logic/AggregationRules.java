package org.clusterworks.monitoring.logic;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks that an indicator's unit, accumulation and combination rule make sense together, before it is saved:
 *
 * <ul>
 *   <li>a percentage or a rate is never summed across periods (40% in each quarter is not 160% a year);
 *   <li>a yes/no answer takes the last period's answer;
 *   <li>a cumulative value already contains the earlier periods, so only the last one stands for the year.
 * </ul>
 *
 * The answer maps the field at fault to the message key of the problem.
 */
public final class AggregationRules {

    private AggregationRules() {}

    public static Map<String, String> problems(Unit unit, Accumulation accumulation, Combine combine) {
        Map<String, String> out = new LinkedHashMap<>();
        if (unit == null || accumulation == null || combine == null) {
            return out; // missing choices are reported as missing by the form
        }
        if (unit.isRatio() && combine == Combine.SUM) {
            out.put("combine", "monitoring.rule.ratio-not-summed");
        } else if (unit == Unit.YES_NO && combine != Combine.LAST) {
            out.put("combine", "monitoring.rule.yes-no-last");
        } else if (accumulation == Accumulation.CUMULATIVE && combine != Combine.LAST) {
            out.put("combine", "monitoring.rule.cumulative-last");
        }
        return out;
    }
}
