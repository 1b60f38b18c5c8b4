package org.clusterworks.surveys.core;

import org.clusterworks.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The surveys link in the workspace navigation. */
@Configuration
class SurveysNavigation {

    @Bean
    NavigationEntry surveysNav() {
        return NavigationEntry.workspace("nav.surveys", "/surveys", 150, "VIEW");
    }
}
