package org.clusterworks.learning.content;

import java.util.Optional;

/** Where a course's files come from: the classpath in the application, a map in tests. */
public interface CourseSource {

    /** The file at {@code path} relative to the course directory, or empty when there is none. */
    Optional<String> read(String path);
}
