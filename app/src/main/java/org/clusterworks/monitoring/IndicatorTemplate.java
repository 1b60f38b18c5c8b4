package org.clusterworks.monitoring;

import java.util.Map;

/**
 * An indicator of the shipped library of common cluster-programme indicators, as other modules see it.
 *
 * @param key the library key
 * @param code the suggested indicator code
 * @param names its name by language ({@code en}, {@code fr}, {@code sw})
 * @param level the results-chain level it usually measures: {@code IMPACT}, {@code OUTCOME}, {@code OUTPUT} or
 *     {@code ACTIVITY}
 * @param unit one of {@link IndicatorTemplates#units()}
 * @param source one of {@link IndicatorTemplates#sources()}
 * @param frequency one of {@link IndicatorTemplates#frequencies()}
 * @param direction one of {@link IndicatorTemplates#directions()}
 */
public record IndicatorTemplate(
        String key,
        String code,
        Map<String, String> names,
        String level,
        String unit,
        String source,
        String frequency,
        String direction) {

    /** The name in a language, English when not translated. */
    public String name(String language) {
        return names.getOrDefault(language, names.get("en"));
    }
}
