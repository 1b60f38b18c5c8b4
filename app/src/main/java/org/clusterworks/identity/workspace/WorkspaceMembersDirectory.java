package org.clusterworks.identity.workspace;

import java.util.List;
import org.clusterworks.identity.WorkspaceMember;
import org.clusterworks.identity.WorkspaceMembers;
import org.clusterworks.identity.WorkspaceRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The workspace members read from the identity tables. */
@Component
class WorkspaceMembersDirectory implements WorkspaceMembers {

    private final JdbcClient jdbc;

    WorkspaceMembersDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkspaceMember> members(long workspaceId) {
        return jdbc.sql("select u.id, u.username, u.display_name, u.email, m.role from workspace_member m"
                        + " join app_user u on u.id = m.user_id where m.workspace_id = :w and u.enabled = true"
                        + " order by u.display_name, u.id")
                .param("w", workspaceId)
                .query((rs, n) -> new WorkspaceMember(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        WorkspaceRole.valueOf(rs.getString(5))))
                .list();
    }
}
