package org.clusterworks.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.clusterworks.identity.audit.AuditEntry;
import org.clusterworks.identity.audit.AuditTrail;
import org.clusterworks.identity.invitation.Invitations;
import org.clusterworks.identity.token.ApiTokens;
import org.clusterworks.identity.token.TokenScope;
import org.clusterworks.identity.user.Accounts;
import org.clusterworks.identity.user.UserRepository;
import org.clusterworks.identity.workspace.WorkspaceRepository;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The identity module's persistence, written once and run on every database the product supports: H2 in {@link
 * IdentityPersistenceH2Test} and PostgreSQL in {@link IdentityPersistencePostgresTest}. The contexts are shared with
 * other tests, so every test creates its own uniquely named rows.
 */
abstract class IdentityPersistenceContract {

    @Autowired
    DataSource dataSource;

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserRepository users;

    @Autowired
    Accounts accounts;

    @Autowired
    WorkspaceRepository workspaces;

    @Autowired
    Invitations invitations;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AuditTrail audit;

    /** The database product this subclass must run on, as JDBC names it (so a test cannot silently use the other). */
    abstract String expectedDatabaseProduct();

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void runsOnTheIntendedDatabase() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabaseProduct());
        }
    }

    @Test
    void everyMigrationAppliesAndNoneIsPending() throws Exception {
        int shipped = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*.sql").length;
        MigrationInfo[] applied = flyway.info().applied();

        assertThat(applied).hasSize(shipped);
        assertThat(applied)
                .allSatisfy(m -> assertThat(
                                m.getState().isApplied() && !m.getState().isFailed())
                        .as("migration %s %s", m.getVersion(), m.getState())
                        .isTrue());
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void demoSeedingCreatesBothWorkspacesWithOneUserPerRole() {
        var demo = workspaces.findBySlug("demo").orElseThrow();
        var other = workspaces.findBySlug("other-agency").orElseThrow();

        assertThat(workspaces.members(demo.id()))
                .filteredOn(m -> m.username().matches("admin|officer|analyst|manager|member|learner|viewer"))
                .extracting(m -> m.username() + "=" + m.role())
                .contains(
                        "admin=ADMIN",
                        "officer=PROGRAMME_OFFICER",
                        "analyst=ANALYST",
                        "manager=CLUSTER_MANAGER",
                        "member=MEMBER",
                        "learner=LEARNER",
                        "viewer=VIEWER");
        assertThat(workspaces.members(other.id()))
                .extracting(m -> m.username() + "=" + m.role())
                .contains("other=ADMIN")
                .noneMatch(s -> s.startsWith("analyst="));
        assertThat(users.findByUsername("admin").orElseThrow().platformAdmin()).isTrue();
        assertThat(users.findByUsername("other").orElseThrow().platformAdmin()).isFalse();
        var analyst = users.findByUsername("analyst").orElseThrow();
        assertThat(tokens.authenticate("cw_demo_analyst_token"))
                .hasValueSatisfying(o -> assertThat(o.userId()).isEqualTo(analyst.id()));
    }

    @Test
    void userNamesAreFoundCaseInsensitivelyAndAreUnique() {
        String name = unique("Case");
        long id = accounts.create(name, "Case Test", name + "@example.org", "a-long-password");

        assertThat(users.findByUsername(name.toUpperCase()))
                .hasValueSatisfying(u -> assertThat(u.id()).isEqualTo(id));
        assertThat(accounts.usernameProblem(name)).isEqualTo("username.taken");
        assertThat(users.findById(id).orElseThrow().createdAt()).isNotNull();
    }

    @Test
    void workspaceMembershipAndRoleChangeRoundTrip() {
        String slug = unique("ws");
        long ws = workspaces.create(slug, "Round trip " + slug, "Ünïcödé description — ok");
        long user = accounts.create(unique("u"), "Round Tripper", null, "a-long-password");

        workspaces.addMember(ws, user, WorkspaceRole.VIEWER);
        assertThat(workspaces.roleOf(ws, user)).contains(WorkspaceRole.VIEWER);
        assertThat(workspaces.changeRole(ws, user, WorkspaceRole.ANALYST)).isEqualTo(1);

        assertThat(workspaces.roleOf(ws, user)).contains(WorkspaceRole.ANALYST);
        assertThat(workspaces.countWithRole(ws, WorkspaceRole.ANALYST)).isEqualTo(1);
        assertThat(workspaces.findBySlug(slug).orElseThrow().description()).isEqualTo("Ünïcödé description — ok");
        assertThat(workspaces.findForUser(user))
                .singleElement()
                .satisfies(w -> assertThat(w.workspace().slug()).isEqualTo(slug));
        assertThat(workspaces.members(ws))
                .singleElement()
                .satisfies(m -> assertThat(m.joinedAt()).isNotNull());
    }

    @Test
    void invitationIsCreatedAcceptedOnceAndAudited() {
        String slug = unique("inv");
        long ws = workspaces.create(slug, "Invitations " + slug, "");
        long admin = accounts.create(unique("adm"), "Inviting Admin", null, "a-long-password");
        workspaces.addMember(ws, admin, WorkspaceRole.ADMIN);
        long invitee = accounts.create(unique("new"), "Invitee", null, "a-long-password");

        String token = invitations.create(ws, "invitee@example.org", WorkspaceRole.CLUSTER_MANAGER, admin);
        assertThat(invitations.pending(ws)).singleElement().satisfies(i -> {
            assertThat(i.email()).isEqualTo("invitee@example.org");
            assertThat(i.expiresAt()).isAfter(java.time.OffsetDateTime.now());
        });

        assertThat(invitations.accept(token, invitee)).contains(slug);
        assertThat(workspaces.roleOf(ws, invitee)).contains(WorkspaceRole.CLUSTER_MANAGER);
        assertThat(invitations.accept(token, invitee))
                .as("an invitation is used once")
                .isEmpty();
        assertThat(invitations.pending(ws)).isEmpty();
        assertThat(audit.forWorkspace(ws, 10))
                .extracting(AuditEntry::entityType, AuditEntry::action)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("workspace-member", "CREATED"),
                        org.assertj.core.groups.Tuple.tuple("invitation", "CREATED"));
    }

    @Test
    void revokedInvitationCannotBeAccepted() {
        long ws = workspaces.create(unique("rev"), "Revoked invitations", "");
        long admin = accounts.create(unique("adm"), "Admin", null, "a-long-password");
        String token = invitations.create(ws, "late@example.org", WorkspaceRole.MEMBER, admin);
        long id = invitations.findByToken(token).orElseThrow().id();

        assertThat(invitations.revoke(ws, id)).isTrue();
        assertThat(invitations.revoke(ws, id)).isFalse();
        assertThat(invitations.accept(token, admin)).isEmpty();
        assertThat(workspaces.roleOf(ws, admin)).isEmpty();
    }

    @Test
    void apiTokenAuthenticatesUntilRevokedAndIsAudited() {
        long user = accounts.create(unique("tok"), "Token Owner", null, "a-long-password");
        String secret = tokens.create(user, "round trip", TokenScope.READ);

        assertThat(tokens.authenticate(secret)).hasValueSatisfying(o -> {
            assertThat(o.userId()).isEqualTo(user);
            assertThat(o.scope()).isEqualTo(TokenScope.READ);
        });
        var listed = tokens.listFor(user);
        assertThat(listed).singleElement().satisfies(t -> {
            assertThat(secret).startsWith(t.tokenPrefix());
            assertThat(t.lastUsedAt()).as("use is recorded").isNotNull();
        });

        assertThat(tokens.revoke(user, listed.getFirst().id())).isTrue();
        assertThat(tokens.authenticate(secret)).isEmpty();
        assertThat(jdbc.sql("select action from audit_event where entity_type = 'api-token' and entity_id in (:ids)")
                        .param(
                                "ids",
                                java.util.List.of(
                                        "round trip",
                                        Long.toString(listed.getFirst().id())))
                        .query(String.class)
                        .list())
                .contains("CREATED", "DELETED");
    }

    @Test
    void passwordChangeChecksTheCurrentPasswordAndIsAudited() {
        long user = accounts.create(unique("pw"), "Password Changer", null, "first-password-1");

        assertThat(accounts.changePassword(user, "wrong-password", "second-password-2"))
                .isEqualTo("password.current-wrong");
        assertThat(accounts.changePassword(user, "first-password-1", "second-password-2"))
                .isNull();
        assertThat(accounts.changePassword(user, "first-password-1", "third-password-3"))
                .as("the old password no longer works")
                .isEqualTo("password.current-wrong");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'user' and entity_id = :id"
                                + " and action = 'CHANGED'")
                        .param("id", Long.toString(user))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
