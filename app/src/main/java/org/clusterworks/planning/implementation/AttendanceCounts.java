package org.clusterworks.planning.implementation;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clusterworks.planning.implementation.Implementation.Registration;
import org.clusterworks.stakeholders.Gender;
import org.clusterworks.stakeholders.Helix;
import org.clusterworks.stakeholders.StakeholderOrganisation;
import org.clusterworks.stakeholders.StakeholderPerson;

/**
 * An event's registration and attendance counts, with attendees broken down by their organisation's helix role and
 * by gender (the disaggregation funders ask for).
 *
 * @param registered people registered, waiting list excluded
 * @param waiting people on the waiting list
 * @param attended people who attended
 * @param organisations distinct organisations with an attendee
 * @param byHelix attendees by helix role (attendees without an organisation left out)
 * @param byGender attendees by gender (attendees without a recorded gender left out)
 * @param genderUnknown attendees whose gender is not recorded
 */
public record AttendanceCounts(
        int registered,
        int waiting,
        int attended,
        int organisations,
        Map<Helix, Integer> byHelix,
        Map<Gender, Integer> byGender,
        int genderUnknown) {

    /** Counts one event's registrations, looking up people's gender and their organisation's helix. */
    public static AttendanceCounts of(
            Collection<Registration> registrations,
            Map<Long, StakeholderPerson> people,
            Map<Long, StakeholderOrganisation> organisations) {
        int registered = 0;
        int waiting = 0;
        int attended = 0;
        int unknown = 0;
        Set<Long> orgs = new HashSet<>();
        Map<Helix, Integer> helix = new EnumMap<>(Helix.class);
        Map<Gender, Integer> gender = new EnumMap<>(Gender.class);
        for (Registration r : registrations) {
            if (r.waiting()) {
                waiting++;
                continue;
            }
            registered++;
            if (!r.attended()) {
                continue;
            }
            attended++;
            StakeholderPerson p = people.get(r.personId());
            Long orgId = r.organisationId() != null ? r.organisationId() : p == null ? null : p.organisationId();
            StakeholderOrganisation o = orgId == null ? null : organisations.get(orgId);
            if (o != null) {
                orgs.add(o.id());
                if (o.helix() != null) {
                    helix.merge(o.helix(), 1, Integer::sum);
                }
            }
            if (p != null && p.gender() != null) {
                gender.merge(p.gender(), 1, Integer::sum);
            } else {
                unknown++;
            }
        }
        return new AttendanceCounts(registered, waiting, attended, orgs.size(), helix, gender, unknown);
    }

    /** The person ids of these registrations. */
    public static List<Long> personIds(Collection<Registration> registrations) {
        return registrations.stream().map(Registration::personId).distinct().toList();
    }
}
