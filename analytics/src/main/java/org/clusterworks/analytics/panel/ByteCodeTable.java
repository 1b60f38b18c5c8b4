package org.clusterworks.analytics.panel;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Interns codes straight from a byte buffer (no String per row): open addressing over the code bytes. */
final class ByteCodeTable {

    private int[] slots = new int[1 << 12];
    private int[] hashes = new int[1 << 10];
    private byte[][] keys = new byte[1 << 10][];
    private String[] codes = new String[1 << 10];
    private int size;

    /** Id of the code in {@code buf[from, to)}, adding it if new. */
    int intern(byte[] buf, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + buf[i];
        }
        h ^= h >>> 16;
        int mask = slots.length - 1;
        int slot = h & mask;
        while (true) {
            int id = slots[slot] - 1;
            if (id < 0) {
                return insert(buf, from, to, h, slot);
            }
            if (hashes[id] == h && Arrays.equals(keys[id], 0, keys[id].length, buf, from, to)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int insert(byte[] buf, int from, int to, int h, int slot) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
            codes = Arrays.copyOf(codes, size * 2);
        }
        int id = size++;
        keys[id] = Arrays.copyOfRange(buf, from, to);
        hashes[id] = h;
        codes[id] = new String(buf, from, to - from, StandardCharsets.UTF_8);
        slots[slot] = id + 1;
        if (size * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = hashes[id] & mask;
            while (bigger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = id + 1;
        }
        slots = bigger;
    }

    int size() {
        return size;
    }

    String code(int id) {
        return codes[id];
    }
}
