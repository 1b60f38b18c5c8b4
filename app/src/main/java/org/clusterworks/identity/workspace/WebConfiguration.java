package org.clusterworks.identity.workspace;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the workspace and user parameter resolver with Spring MVC. */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    private final CurrentWorkspaceResolver resolver;
    private final WorkspaceNavigation navigation;

    WebConfiguration(CurrentWorkspaceResolver resolver, WorkspaceNavigation navigation) {
        this.resolver = resolver;
        this.navigation = navigation;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(navigation);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(resolver);
    }
}
