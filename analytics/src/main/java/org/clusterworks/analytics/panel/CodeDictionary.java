package org.clusterworks.analytics.panel;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Interns text codes (regions, industries) to dense int ids in order of first appearance; codes stay text. */
public final class CodeDictionary {

    private final Map<String, Integer> ids = new HashMap<>();
    private String[] codes = new String[64];

    /** Returns the id of {@code code}, adding it if new. */
    public int intern(String code) {
        Integer id = ids.get(code);
        if (id != null) {
            return id;
        }
        int next = ids.size();
        if (next == codes.length) {
            codes = Arrays.copyOf(codes, next * 2);
        }
        codes[next] = code;
        ids.put(code, next);
        return next;
    }

    /** Returns the id of {@code code}, or -1 when it was never interned. */
    public int idOf(String code) {
        Integer id = ids.get(code);
        return id == null ? -1 : id;
    }

    public String code(int id) {
        return codes[id];
    }

    public int size() {
        return ids.size();
    }

    /** The codes in id order. */
    public String[] codes() {
        return Arrays.copyOf(codes, ids.size());
    }

    /**
     * Maps each id to its rank when codes are sorted as text, so that panels list codes in a stable, readable order.
     */
    int[] sortedRanks() {
        Integer[] order = new Integer[size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> codes[a].compareTo(codes[b]));
        int[] rank = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }
}
