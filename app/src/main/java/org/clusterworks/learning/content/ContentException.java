package org.clusterworks.learning.content;

import java.util.List;

/** Course content that does not follow learning/FORMAT.md; the message lists every problem found. */
public class ContentException extends RuntimeException {

    private final List<String> problems;

    public ContentException(String course, List<String> problems) {
        super("Course content " + course + " is invalid (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + ", see learning/FORMAT.md):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
