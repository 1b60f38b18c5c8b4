package org.clusterworks.cli;

/** Small helpers for building output rows. */
final class Fields {

    private Fields() {}

    static String[] concat(String[] a, String... b) {
        String[] s = new String[a.length + b.length];
        System.arraycopy(a, 0, s, 0, a.length);
        System.arraycopy(b, 0, s, a.length, b.length);
        return s;
    }
}
