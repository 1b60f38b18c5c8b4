package org.clusterworks.identity.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo-mode settings: {@code clusterworks.demo.enabled} (env {@code CLUSTERWORKS_DEMO}) and the demo analyst's API
 * token {@code clusterworks.demo.api-token} (env {@code CLUSTERWORKS_DEMO_API_TOKEN}).
 */
@ConfigurationProperties("clusterworks.demo")
public record DemoProperties(boolean enabled, String apiToken) {}
