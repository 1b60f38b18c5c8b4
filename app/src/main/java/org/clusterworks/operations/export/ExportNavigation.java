package org.clusterworks.operations.export;

import org.clusterworks.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The workspace archive in a workspace administrator's navigation. */
@Configuration
class ExportNavigation {

    @Bean
    NavigationEntry workspaceArchiveNavigation() {
        return NavigationEntry.workspace("export.nav", "/export", 95, "ADMINISTER");
    }
}
