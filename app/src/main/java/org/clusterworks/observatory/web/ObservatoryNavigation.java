package org.clusterworks.observatory.web;

import org.clusterworks.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The observatory link in the global navigation (the observatory is platform-wide). */
@Configuration
class ObservatoryNavigation {

    @Bean
    NavigationEntry observatoryNav() {
        return NavigationEntry.global("nav.observatory", "/observatory", 60);
    }
}
