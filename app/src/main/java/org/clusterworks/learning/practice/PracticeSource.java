package org.clusterworks.learning.practice;

import java.util.Optional;
import java.util.function.LongPredicate;
import org.clusterworks.identity.DemoData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which workspace an exercise reads: the learner's own when it has the data the exercise needs, else the demo
 * workspace (when demo mode is on and it has the data), else the learner's own, empty.
 */
@Component
class PracticeSource {

    /** The workspace read, whether it is the demo one, and whether it has the data at all. */
    public record Source(long workspaceId, boolean demo, boolean hasData) {}

    private final DemoData demoData;
    private final JdbcClient jdbc;

    PracticeSource(DemoData demoData, JdbcClient jdbc) {
        this.demoData = demoData;
        this.jdbc = jdbc;
    }

    Source resolve(long ownWorkspaceId, LongPredicate hasData) {
        if (hasData.test(ownWorkspaceId)) {
            return new Source(ownWorkspaceId, false, true);
        }
        Optional<Long> demo = demoWorkspace().filter(id -> id != ownWorkspaceId);
        if (demo.isPresent() && hasData.test(demo.get())) {
            return new Source(demo.get(), true, true);
        }
        return new Source(ownWorkspaceId, false, false);
    }

    private Optional<Long> demoWorkspace() {
        if (!demoData.active()) {
            return Optional.empty();
        }
        return jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .optional();
    }
}
