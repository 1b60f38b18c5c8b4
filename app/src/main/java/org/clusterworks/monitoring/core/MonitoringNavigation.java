package org.clusterworks.monitoring.core;

import org.clusterworks.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The monitoring link in the workspace navigation. */
@Configuration
class MonitoringNavigation {

    @Bean
    NavigationEntry monitoringNav() {
        return NavigationEntry.workspace("nav.monitoring", "/monitoring", 160, "VIEW");
    }
}
