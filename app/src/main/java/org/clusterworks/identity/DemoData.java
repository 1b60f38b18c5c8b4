package org.clusterworks.identity;

/**
 * Tells other modules whether demo mode is active, so they can seed their own demo data on a fresh demo data
 * folder (in an {@code ApplicationRunner} ordered after identity's, e.g. {@code @Order(20)}).
 */
public interface DemoData {

    /** Whether demo mode is on and this data folder was created in demo mode. */
    boolean active();
}
