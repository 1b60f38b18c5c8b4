package org.clusterworks.diagnostic.core;

import org.clusterworks.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The diagnostic link in the workspace navigation. */
@Configuration
class DiagnosticNavigation {

    @Bean
    NavigationEntry diagnosticNav() {
        return NavigationEntry.workspace("nav.diagnostic", "/diagnostic", 110, "VIEW");
    }
}
