package org.clusterworks.operations.backup;

import java.time.Instant;

/** One backup file in the data folder's {@code backups} directory. */
record Backup(String name, long bytes, Instant createdAt) {}
