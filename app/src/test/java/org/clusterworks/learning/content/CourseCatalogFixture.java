package org.clusterworks.learning.content;

import org.clusterworks.learning.engine.CourseCatalog;

/** The test-course fixture from src/test/resources/learning/test-course. */
final class CourseCatalogFixture {

    private CourseCatalogFixture() {}

    static Course testCourse() {
        return CourseCatalog.loadAll().stream()
                .filter(c -> c.id().equals("test-course"))
                .findFirst()
                .orElseThrow();
    }
}
