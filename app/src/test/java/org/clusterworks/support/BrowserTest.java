package org.clusterworks.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application on a random port with a fresh in-memory H2 database and demo data, driven by one headless Chromium
 * per test class (declare a {@link Browser} parameter or field); all classes with this annotation share one context.
 *
 * <p>Chromium and ChromeDriver come from Debian ({@code apt-get install -y chromium chromium-driver}); without them
 * the tests fail, unless {@code -Dbrowser.tests=skip} is given.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.Extension.class)
public @interface BrowserTest {}
