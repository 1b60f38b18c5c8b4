package org.clusterworks.identity.workspace;

import org.clusterworks.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity module's links in the navigation. */
@Configuration
class IdentityNavigation {

    @Bean
    NavigationEntry workspacesNav() {
        return NavigationEntry.global("nav.workspaces", "/", 0);
    }

    @Bean
    NavigationEntry overviewNav() {
        return NavigationEntry.workspace("nav.overview", "", 0, null);
    }

    @Bean
    NavigationEntry membersNav() {
        return NavigationEntry.workspace("nav.members", "/members", 900, null);
    }

    @Bean
    NavigationEntry auditNav() {
        return NavigationEntry.workspace("nav.audit", "/audit", 910, "ADMINISTER");
    }
}
