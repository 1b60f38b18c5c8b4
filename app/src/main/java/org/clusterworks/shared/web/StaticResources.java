package org.clusterworks.shared.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Serves the static folders, the web jars and the mvnpm jars under their own paths only, cached for a week.
 *
 * <p>Spring Boot's default maps static files at {@code /**}; with the resource chain that web jars switch on, every
 * link a page renders ({@code /w/demo/...}) was then looked up on the class path before being written, which took
 * most of a page's time under load ({@code docs/benchmarks.md}). {@code spring.web.resources.add-mappings=false}
 * turns that default off.
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

    private static final String[] FOLDERS = {"css", "js", "img", "geo"};

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl week = CacheControl.maxAge(Duration.ofDays(7));
        for (String folder : FOLDERS) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(week)
                    .resourceChain(true);
        }
        registry.addResourceHandler("/_static/**") // mvnpm jars (ECharts)
                .addResourceLocations("classpath:/META-INF/resources/_static/")
                .setCacheControl(week)
                .resourceChain(true);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(week)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }
}
