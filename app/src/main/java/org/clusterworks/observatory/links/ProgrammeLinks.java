package org.clusterworks.observatory.links;

import org.springframework.stereotype.Component;

/** How many workspace initiatives refer to an observatory programme (for its public page; no names). */
@Component
public class ProgrammeLinks {

    private final LinkRepository links;

    ProgrammeLinks(LinkRepository links) {
        this.links = links;
    }

    public int count(long programmeId) {
        return links.count(programmeId);
    }
}
