package org.clusterworks.initiatives.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.initiatives.core.Domain.Initiative;
import org.clusterworks.stakeholders.StakeholderPlace;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The points of the map of an initiative's members: the organisations with a running membership and coordinates. */
@RestController
class MembersMapController {

    private final InitiativeService service;
    private final MessageSource messages;

    MembersMapController(InitiativeService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    /** A member on the map: name, helix role (code and label), coordinates. */
    record MapPoint(long id, String name, String helix, String helixLabel, double latitude, double longitude) {}

    @GetMapping("/w/{workspace}/initiatives/{id}/members/map.json")
    Map<String, Object> points(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id, Locale locale) {
        Initiative i = service.visible(ws, user, id);
        var members = service.members(i).stream()
                .filter(r -> r.status() != Domain.MembershipStatus.EXPIRED)
                .toList();
        Map<Long, StakeholderPlace> places =
                service
                        .stakeholders()
                        .places(
                                ws.id(),
                                members.stream().map(r -> r.organisation().id()).toList())
                        .stream()
                        .collect(Collectors.toMap(StakeholderPlace::organisationId, Function.identity(), (a, b) -> a));
        List<MapPoint> points = new ArrayList<>();
        for (var r : members) {
            StakeholderPlace p = places.get(r.organisation().id());
            if (p != null) {
                var helix = r.organisation().helix();
                points.add(new MapPoint(
                        r.organisation().id(),
                        r.organisation().name(),
                        helix.name(),
                        messages.getMessage(helix.messageKey(), null, helix.name(), locale),
                        p.latitude(),
                        p.longitude()));
            }
        }
        points.sort(Comparator.comparing(MapPoint::helix).thenComparing(MapPoint::name));
        return Map.of("points", points, "members", members.size());
    }
}
