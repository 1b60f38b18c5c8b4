package org.clusterworks.stakeholders.directory;

import org.clusterworks.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The directory's link in the workspace navigation. */
@Configuration
class StakeholdersNavigation {

    @Bean
    NavigationEntry organisationsNav() {
        return NavigationEntry.workspace("nav.organisations", "/organisations", 110, "VIEW");
    }
}
