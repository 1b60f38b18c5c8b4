package org.clusterworks.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Like {@link WebTest}, but the full application context runs on a fresh database of the shared embedded PostgreSQL
 * server ({@link EmbeddedPostgresServer}); test classes with this annotation share one context.
 *
 * <p><b>Testing a module's persistence on both databases.</b> Write the repository tests once, in an abstract class
 * that autowires what it needs and does not name a database (see {@code IdentityPersistenceContract}); then add two
 * empty subclasses, one annotated {@link WebTest} (H2) and one {@code @PostgresTest}:
 *
 * <pre>{@code
 * abstract class StakeholderPersistenceContract { @Autowired Stakeholders stakeholders; @Test void ... }
 * @WebTest class StakeholderPersistenceH2Test extends StakeholderPersistenceContract {}
 * @PostgresTest class StakeholderPersistencePostgresTest extends StakeholderPersistenceContract {}
 * }</pre>
 *
 * Both subclasses reuse the two cached contexts every other test already started, so a module adds no start-up cost.
 * Do not declare {@code @DynamicPropertySource}, {@code @MockitoBean} or other per-class context customisations in
 * them: each would start another context. The context is shared, so create your own rows (unique names) and never
 * assume a table holds only them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import({DemoUsers.class, PostgresTest.Database.class})
public @interface PostgresTest {

    /**
     * Points {@code spring.datasource.*} at a new database on the shared server, once per application context: the
     * bean form of {@code @DynamicPropertySource}, so every class with {@link PostgresTest} has the same cache key.
     */
    @TestConfiguration(proxyBeanMethods = false)
    class Database {

        @Bean
        static DynamicPropertyRegistrar embeddedPostgresProperties() {
            String url = EmbeddedPostgresServer.newDatabase();
            return registry -> {
                registry.add("spring.datasource.url", () -> url);
                registry.add("spring.datasource.username", () -> EmbeddedPostgresServer.USER);
                registry.add("spring.datasource.password", () -> EmbeddedPostgresServer.USER);
            };
        }
    }
}
