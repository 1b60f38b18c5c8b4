package org.clusterworks.mapping.web;

import org.clusterworks.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The mapping module's link in the workspace navigation. */
@Configuration
class MappingNavigation {

    @Bean
    NavigationEntry mappingNav() {
        return NavigationEntry.workspace("nav.mapping", "/mapping", 100, "VIEW");
    }
}
