/**
 * Multi-criteria selection scoring of candidate clusters: criterion scaling with direction, direct or AHP weights,
 * weighted ranking and Monte Carlo weight sensitivity (top-k probabilities).
 */
package org.clusterworks.analytics.selection;
