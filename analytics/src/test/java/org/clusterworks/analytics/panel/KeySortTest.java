package org.clusterworks.analytics.panel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeySortTest {

    @Test
    void packedAndMergeSortPathsGiveTheSameStableOrder() {
        long[] keys = {5, 1, 5, 0, 3, 1};

        int[] packed = KeySort.order(keys, keys.length, 8);
        int[] merged = KeySort.order(keys, keys.length, Long.MAX_VALUE);

        assertThat(packed).containsExactly(3, 1, 5, 4, 0, 2);
        assertThat(merged).containsExactly(packed);
    }
}
