package org.clusterworks.initiatives.core;

import org.clusterworks.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The initiatives link in the workspace navigation. */
@Configuration
class InitiativesNavigation {

    @Bean
    NavigationEntry initiativesNav() {
        return NavigationEntry.workspace("nav.initiatives", "/initiatives", 100, "VIEW");
    }
}
