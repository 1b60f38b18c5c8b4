package org.clusterworks.identity.demo;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Small platform-wide facts stored with the data, such as whether the data folder was created in demo mode. */
@Repository
public class PlatformSettings {

    static final String CREATED_IN_DEMO_MODE = "created-in-demo-mode";

    private final JdbcClient jdbc;

    PlatformSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> get(String name) {
        return jdbc.sql("select setting_value from platform_setting where name = :n")
                .param("n", name)
                .query(String.class)
                .optional();
    }

    public void put(String name, String value) {
        if (jdbc.sql("update platform_setting set setting_value = :v where name = :n")
                        .param("v", value)
                        .param("n", name)
                        .update()
                == 0) {
            jdbc.sql("insert into platform_setting (name, setting_value) values (:n, :v)")
                    .param("n", name)
                    .param("v", value)
                    .update();
        }
    }
}
