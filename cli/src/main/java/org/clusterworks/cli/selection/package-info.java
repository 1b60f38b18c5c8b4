/** The {@code select} subcommand: selection scoring from a criteria CSV. */
package org.clusterworks.cli.selection;
