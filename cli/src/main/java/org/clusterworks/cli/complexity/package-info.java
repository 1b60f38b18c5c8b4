/**
 * The {@code complexity} and {@code relatedness} subcommands, with their private CSV input ({@link
 * org.clusterworks.cli.complexity.ActivityTableReader}, the seam for the shared {@code cli.io} helpers) and
 * all-or-nothing CSV output.
 */
package org.clusterworks.cli.complexity;
