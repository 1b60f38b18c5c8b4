package org.clusterworks.reference;

import java.util.List;

/**
 * One page of search hits and how many there are in all.
 *
 * @param hits the hits, best first, at most the requested limit
 * @param total how many matched in all
 * @param <T> hit type
 */
public record SearchResult<T>(List<T> hits, int total) {

    /** Copies the hit list so the result cannot change. */
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
