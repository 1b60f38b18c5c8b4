package org.clusterworks.analytics.panel;

import java.util.Arrays;

/** Sorts cell keys and returns the permutation of row ordinals, without boxing. */
final class KeySort {

    private KeySort() {}

    /**
     * Returns the row ordinals ordered by {@code keys} (stable: equal keys keep insertion order). Packs key and
     * ordinal into one long and sorts primitives when both fit in 63 bits, else falls back to a merge sort.
     */
    static int[] order(long[] keys, int n, long keyBound) {
        int ordinalBits = 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1));
        int keyBits = 64 - Long.numberOfLeadingZeros(Math.max(1, keyBound - 1));
        int[] order = new int[n];
        if (ordinalBits + keyBits <= 63) {
            long[] packed = new long[n];
            for (int i = 0; i < n; i++) {
                packed[i] = (keys[i] << ordinalBits) | i;
            }
            Arrays.parallelSort(packed);
            long mask = (1L << ordinalBits) - 1;
            for (int i = 0; i < n; i++) {
                order[i] = (int) (packed[i] & mask);
            }
            return order;
        }
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        mergeSort(order, new int[n], keys, 0, n);
        return order;
    }

    private static void mergeSort(int[] a, int[] tmp, long[] keys, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, keys, from, mid);
        mergeSort(a, tmp, keys, mid, to);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            tmp[k++] = keys[a[j]] < keys[a[i]] ? a[j++] : a[i++];
        }
        while (i < mid) {
            tmp[k++] = a[i++];
        }
        while (j < to) {
            tmp[k++] = a[j++];
        }
        System.arraycopy(tmp, from, a, from, to - from);
    }
}
