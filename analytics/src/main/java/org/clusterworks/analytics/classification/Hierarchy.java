package org.clusterworks.analytics.classification;

import java.util.HashMap;
import java.util.Map;
import org.clusterworks.analytics.panel.CodeMapping;

/**
 * A classification tree given by a child-to-parent map (e.g. NACE class 01.11 -> group 01.1 -> division 01 -> section
 * A, or county -> state); rolls codes up to a level. Top-level codes have level 1.
 */
public final class Hierarchy {

    private final Map<String, String> parentOf;

    private Hierarchy(Map<String, String> parentOf) {
        this.parentOf = parentOf;
    }

    /** A hierarchy from child -> parent links; codes that appear only as parents are top-level. Rejects cycles. */
    public static Hierarchy fromParents(Map<String, String> parentOf) {
        Hierarchy h = new Hierarchy(Map.copyOf(parentOf));
        for (String code : parentOf.keySet()) {
            h.level(code);
        }
        return h;
    }

    /** 1 for a top-level code, 2 for its children, and so on. */
    public int level(String code) {
        int level = 1;
        String c = code;
        while (parentOf.containsKey(c)) {
            c = parentOf.get(c);
            if (++level > parentOf.size() + 1) {
                throw new IllegalArgumentException("the parent links of " + code + " form a cycle");
            }
        }
        return level;
    }

    /** The ancestor of {@code code} at {@code level} (the code itself at its own level), or null when shallower. */
    public String ancestorAt(String code, int level) {
        int own = level(code);
        if (own < level) {
            return null;
        }
        String c = code;
        for (int l = own; l > level; l--) {
            c = parentOf.get(c);
        }
        return c;
    }

    /**
     * A mapping of every code at {@code level} or below to its ancestor at {@code level}; codes above that level are
     * not mapped (a panel mapped with it reports them as unknown).
     */
    public CodeMapping rollUpTo(int level) {
        CodeMapping.Builder b = CodeMapping.builder();
        Map<String, Boolean> seen = new HashMap<>();
        for (String code : allCodes()) {
            String ancestor = ancestorAt(code, level);
            if (ancestor != null && seen.put(code, true) == null) {
                b.link(code, ancestor, 1.0);
            }
        }
        return b.build();
    }

    private Iterable<String> allCodes() {
        java.util.Set<String> all = new java.util.TreeSet<>(parentOf.keySet());
        all.addAll(parentOf.values());
        return all;
    }
}
