package org.clusterworks.mapping.importing;

/**
 * One thing wrong with an uploaded file.
 *
 * @param row row number in the file (header = 1), 0 for problems of the whole file or the mapping
 * @param column the column concerned, or empty
 * @param message what is wrong, in words a user can act on
 */
public record ImportProblem(long row, String column, String message) {}
