package org.clusterworks.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.clusterworks.ClusterWorksApplication;
import org.clusterworks.identity.token.ApiTokens;
import org.clusterworks.identity.user.UserRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Demo mode seeds only a fresh data folder, and never turns on for a folder created without it. */
class DemoModeTest {

    @TempDir
    Path dataDir;

    @Test
    void freshFolderInDemoModeGetsDemoUsersAndTheConfiguredToken() {
        try (var app = start(true, "cw_custom_demo_token")) {
            assertThat(app.getBean(DemoData.class).active()).isTrue();
            assertThat(app.getBean(UserRepository.class).findByUsername("analyst"))
                    .isPresent();
            assertThat(app.getBean(ApiTokens.class).authenticate("cw_custom_demo_token"))
                    .isPresent();
        }
        assertThat(Files.exists(dataDir.resolve("db"))).isTrue();
        try (var app = start(true, "cw_custom_demo_token")) {
            assertThat(app.getBean(ApiTokens.class).authenticate("cw_custom_demo_token"))
                    .isPresent();
        }
        try (var app = start(true, "cw_changed_token")) {
            var tokens = app.getBean(ApiTokens.class);
            assertThat(tokens.authenticate("cw_changed_token")).isPresent();
            assertThat(tokens.authenticate("cw_custom_demo_token")).isEmpty();
        }
    }

    @Test
    void folderCreatedWithoutDemoModeNeverGetsKnownPasswordsOrTokens() {
        try (var app = start(false, "cw_demo_analyst_token")) {
            assertThat(app.getBean(DemoData.class).active()).isFalse();
            var users = app.getBean(UserRepository.class);
            assertThat(users.findByUsername("admin"))
                    .hasValueSatisfying(a -> assertThat(a.platformAdmin()).isTrue());
            assertThat(users.findByUsername("analyst")).isEmpty();
        }
        try (var app = start(true, "cw_demo_analyst_token")) {
            assertThat(app.getBean(DemoData.class).active()).isFalse();
            assertThat(app.getBean(UserRepository.class).findByUsername("analyst"))
                    .isEmpty();
            assertThat(app.getBean(ApiTokens.class).authenticate("cw_demo_analyst_token"))
                    .isEmpty();
        }
    }

    private ConfigurableApplicationContext start(boolean demo, String token) {
        return new SpringApplicationBuilder(ClusterWorksApplication.class)
                .run(
                        "--server.port=0",
                        "--clusterworks.data-dir=" + dataDir,
                        "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("db/clusterworks")
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "--clusterworks.demo.enabled=" + demo,
                        "--clusterworks.demo.api-token=" + token);
    }
}
