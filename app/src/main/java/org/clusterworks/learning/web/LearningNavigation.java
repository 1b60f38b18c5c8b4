package org.clusterworks.learning.web;

import org.clusterworks.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The learning link in the workspace navigation, for roles that may learn. */
@Configuration
class LearningNavigation {

    @Bean
    NavigationEntry learningNavigationEntry() {
        return NavigationEntry.workspace("nav.learning", "/learning", 700, "LEARN");
    }
}
