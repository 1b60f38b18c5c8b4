package org.clusterworks.identity.demo;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.clusterworks.identity.WorkspaceRole;
import org.clusterworks.identity.token.ApiTokens;
import org.clusterworks.identity.token.TokenScope;
import org.clusterworks.identity.user.UserRepository;
import org.clusterworks.identity.workspace.WorkspaceRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prepares a fresh data folder: in demo mode, two demo workspaces with one demo user per role (password
 * {@value #DEMO_PASSWORD}) and the demo analyst's API token; otherwise a platform administrator with a random
 * password written once to the log (or {@code CLUSTERWORKS_ADMIN_PASSWORD}).
 */
@Component
@Order(10)
class FirstStart implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    static final String DEMO_TOKEN_NAME = "demo analyst token";
    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    /** The demo users: user name, display name, role in the demo workspace. */
    static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("admin", "Amina Mushi (platform admin)", WorkspaceRole.ADMIN),
            new DemoUser("officer", "Baraka Juma (programme officer)", WorkspaceRole.PROGRAMME_OFFICER),
            new DemoUser("analyst", "Claire Dubois (analyst)", WorkspaceRole.ANALYST),
            new DemoUser("manager", "Daudi Mwakyusa (cluster manager)", WorkspaceRole.CLUSTER_MANAGER),
            new DemoUser("member", "Esther Kimaro (member firm)", WorkspaceRole.MEMBER),
            new DemoUser("learner", "Faraji Said (learner)", WorkspaceRole.LEARNER),
            new DemoUser("viewer", "Grace Otieno (viewer)", WorkspaceRole.VIEWER));

    private final UserRepository users;
    private final WorkspaceRepository workspaces;
    private final PlatformSettings settings;
    private final DemoProperties properties;
    private final DemoMode demoMode;
    private final ApiTokens tokens;
    private final PasswordEncoder encoder;

    FirstStart(
            UserRepository users,
            WorkspaceRepository workspaces,
            PlatformSettings settings,
            DemoProperties properties,
            DemoMode demoMode,
            ApiTokens tokens,
            PasswordEncoder encoder) {
        this.users = users;
        this.workspaces = workspaces;
        this.settings = settings;
        this.properties = properties;
        this.demoMode = demoMode;
        this.tokens = tokens;
        this.encoder = encoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.isEmpty()) {
            settings.put(PlatformSettings.CREATED_IN_DEMO_MODE, Boolean.toString(properties.enabled()));
            if (properties.enabled()) {
                seedDemo();
            } else {
                createAdministrator();
            }
        } else if (properties.enabled() && !demoMode.active()) {
            log.warn("Demo mode is switched on but this data folder was not created in demo mode: it stays off.");
        }
        if (demoMode.active()) {
            refreshDemoToken();
        }
    }

    private void seedDemo() {
        String hash = encoder.encode(DEMO_PASSWORD);
        long demo = workspaces.create(
                "demo",
                "Demo cluster programme",
                "A cluster development programme with demo data: mapping, initiatives, monitoring.");
        long other = workspaces.create(
                "other-agency", "Other agency (demo)", "A second agency whose data the demo users must not see.");
        for (DemoUser u : DEMO_USERS) {
            long id = users.create(u.username(), u.displayName(), u.username() + "@demo.invalid", hash, u.isAdmin());
            workspaces.addMember(demo, id, u.role());
        }
        long outsider = users.create("other", "Hassan Ali (other agency)", "other@demo.invalid", hash, false);
        workspaces.addMember(other, outsider, WorkspaceRole.ADMIN);
        log.info("Demo mode: created workspaces 'demo' and 'other-agency' with demo users (password '{}').", "demo");
    }

    private void refreshDemoToken() {
        users.findByUsername("analyst").ifPresent(analyst -> {
            tokens.deleteByName(analyst.id(), DEMO_TOKEN_NAME);
            tokens.store(analyst.id(), DEMO_TOKEN_NAME, TokenScope.WRITE, properties.apiToken());
        });
    }

    private void createAdministrator() {
        String password = System.getenv("CLUSTERWORKS_ADMIN_PASSWORD");
        boolean generated = password == null || password.isBlank();
        if (generated) {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        users.create("admin", "Platform administrator", null, encoder.encode(password), true);
        if (generated) {
            log.warn("Created platform administrator 'admin' with password {} - change it after signing in.", password);
        } else {
            log.info("Created platform administrator 'admin' with the password from CLUSTERWORKS_ADMIN_PASSWORD.");
        }
    }

    record DemoUser(String username, String displayName, WorkspaceRole role) {
        boolean isAdmin() {
            return role == WorkspaceRole.ADMIN;
        }
    }
}
