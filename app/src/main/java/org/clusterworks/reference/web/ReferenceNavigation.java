package org.clusterworks.reference.web;

import org.clusterworks.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reference module's link in the global navigation. */
@Configuration
class ReferenceNavigation {

    @Bean
    NavigationEntry referenceNav() {
        return NavigationEntry.global("nav.reference", "/reference", 800);
    }
}
