package org.clusterworks.monitoring;

import java.util.List;

/**
 * The monitoring indicator library and its vocabularies for other modules (the learning exercises check a learner's
 * choice of indicators against it). Each vocabulary entry is a code whose display name is the message
 * {@code monitoring.<vocabulary>.<code in lower case>}.
 */
public interface IndicatorTemplates {

    /** The library's indicators in its order. */
    List<IndicatorTemplate> library();

    /** Units: {@code NUMBER}, {@code PERCENTAGE}, ... (message {@code monitoring.unit.*}). */
    List<String> units();

    /** Where values come from: {@code MANUAL}, {@code SURVEY}, ... (message {@code monitoring.source.*}). */
    List<String> sources();

    /** Reporting frequencies: {@code YEAR}, {@code QUARTER}, {@code MONTH} (message {@code monitoring.granularity.*}). */
    List<String> frequencies();

    /** Directions: {@code HIGHER_IS_BETTER}, {@code LOWER_IS_BETTER} (message {@code monitoring.direction.*}). */
    List<String> directions();
}
