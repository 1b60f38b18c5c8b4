package org.clusterworks.planning.core;

import org.clusterworks.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The planning and matchmaking links in the workspace navigation. */
@Configuration
class PlanningNavigation {

    @Bean
    NavigationEntry planningNav() {
        return NavigationEntry.workspace("nav.planning", "/planning", 110, "VIEW");
    }

    @Bean
    NavigationEntry matchmakingNav() {
        return NavigationEntry.workspace("nav.matchmaking", "/matchmaking", 115, "VIEW");
    }
}
