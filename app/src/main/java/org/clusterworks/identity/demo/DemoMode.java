package org.clusterworks.identity.demo;

import org.springframework.stereotype.Component;

/**
 * Whether demo mode is active: switched on in the configuration AND the data folder was created in demo mode. A
 * data folder created without it never gets known passwords or tokens, whatever the configuration says later.
 */
@Component
public class DemoMode implements org.clusterworks.identity.DemoData {

    private final DemoProperties properties;
    private final PlatformSettings settings;

    DemoMode(DemoProperties properties, PlatformSettings settings) {
        this.properties = properties;
        this.settings = settings;
    }

    /** The demo accounts (user name and role key) to show on the sign-in page. */
    public java.util.List<String[]> users() {
        return java.util.stream.Stream.concat(
                        FirstStart.DEMO_USERS.stream()
                                .map(u -> new String[] {u.username(), u.role().messageKey()}),
                        java.util.stream.Stream.<String[]>of(new String[] {"other", "role.other-agency"}))
                .toList();
    }

    @Override
    public boolean active() {
        return properties.enabled()
                && settings.get(PlatformSettings.CREATED_IN_DEMO_MODE)
                        .map(Boolean::parseBoolean)
                        .orElse(false);
    }
}
