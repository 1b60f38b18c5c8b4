package org.clusterworks.funding.core;

import org.clusterworks.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The funding link in the workspace navigation. */
@Configuration
class FundingNavigation {

    @Bean
    NavigationEntry fundingNav() {
        return NavigationEntry.workspace("nav.funding", "/funding", 140, "VIEW");
    }
}
