package org.clusterworks.identity.token;

/** What an API token may do: read only, or read and write. */
public enum TokenScope {
    READ,
    WRITE
}
