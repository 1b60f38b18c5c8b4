package org.clusterworks.planning;

import java.time.OffsetDateTime;
import java.util.Map;
import org.clusterworks.stakeholders.Gender;
import org.clusterworks.stakeholders.Helix;

/**
 * A cluster event (training, seminar, B2B meeting, fair...) with its registration and attendance counts.
 *
 * @param id the event's id
 * @param initiativeId its initiative
 * @param actionLineId the action line it belongs to, or null
 * @param title its title
 * @param kind {@code TRAINING}, {@code SEMINAR}, {@code WORKSHOP}, {@code B2B}, {@code FAIR} or {@code STUDY_TOUR}
 * @param startsAt when it starts
 * @param registered people registered (waiting list excluded)
 * @param attended people who attended
 * @param attendedOrganisations distinct organisations with at least one attendee
 * @param attendedByHelix attendees by the helix role of their organisation (attendees without one are left out)
 * @param attendedByGender attendees by gender (attendees whose gender is not recorded are left out)
 */
public record EventSummary(
        long id,
        long initiativeId,
        Long actionLineId,
        String title,
        String kind,
        OffsetDateTime startsAt,
        int registered,
        int attended,
        int attendedOrganisations,
        Map<Helix, Integer> attendedByHelix,
        Map<Gender, Integer> attendedByGender) {}
