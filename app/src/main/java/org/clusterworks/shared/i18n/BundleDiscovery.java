package org.clusterworks.shared.i18n;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Finds the message bundles under {@code i18n/} on the classpath, one per module, by their base name. */
public final class BundleDiscovery {

    private BundleDiscovery() {}

    /** Returns base names such as {@code i18n/identity} for every {@code i18n/*.properties} without a locale suffix. */
    public static String[] baseNames() {
        try {
            Resource[] resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            return Arrays.stream(resources)
                    .map(Resource::getFilename)
                    .filter(Objects::nonNull)
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .filter(name -> !name.contains("_"))
                    .map(name -> "i18n/" + name)
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new))
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list message bundles under i18n/", e);
        }
    }
}
