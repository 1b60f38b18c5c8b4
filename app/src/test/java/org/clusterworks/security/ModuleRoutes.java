package org.clusterworks.security;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.BeanUtils;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * One module's entries of the authorization matrix: {@code METHOD path} to who may use it. Each module has one
 * implementation in package {@code org.clusterworks.security.routes}; the matrix test finds them all.
 */
public interface ModuleRoutes {

    Map<String, RouteExpectation> expectations();

    /** Every expectation of every implementation in {@code org.clusterworks.security.routes}; a route twice fails. */
    static Map<String, RouteExpectation> all() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(ModuleRoutes.class));
        Map<String, RouteExpectation> all = new TreeMap<>();
        for (var candidate : scanner.findCandidateComponents("org.clusterworks.security.routes")) {
            Class<?> type =
                    ClassUtils.resolveClassName(candidate.getBeanClassName(), ModuleRoutes.class.getClassLoader());
            var routes = (ModuleRoutes) BeanUtils.instantiateClass(type);
            routes.expectations().forEach((route, expect) -> {
                if (all.put(route, expect) != null) {
                    throw new IllegalStateException(route + " has two expectations (second in " + type + ")");
                }
            });
        }
        return all;
    }
}
