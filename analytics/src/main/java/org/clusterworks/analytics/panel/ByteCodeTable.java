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

    private long[] shortKeys = new long[1 << 12];
    private int[] shortIds = new int[1 << 12];
    private int shortSize;

    /** Id of the code in {@code buf[from, to)}, adding it if new. */
    int intern(byte[] buf, int from, int to) {
        int length = to - from;
        if (length > 0 && length < 8) {
            long packed = length;
            for (int i = from; i < to; i++) {
                packed = (packed << 8) | (buf[i] & 0xFF);
            }
            return internShort(packed, buf, from, to);
        }
        return internLong(buf, from, to);
    }

    /** Codes of 1 to 7 bytes are packed (with their length) into a long: no byte comparison needed. */
    private int internShort(long packed, byte[] buf, int from, int to) {
        int mask = shortKeys.length - 1;
        long mixed = packed * 0x9E3779B97F4A7C15L;
        int slot = (int) (mixed >>> 40) & mask;
        while (shortIds[slot] != 0) {
            if (shortKeys[slot] == packed) {
                return shortIds[slot] - 1;
            }
            slot = (slot + 1) & mask;
        }
        int id = internLong(buf, from, to);
        shortKeys[slot] = packed;
        shortIds[slot] = id + 1;
        if (++shortSize * 2 > shortKeys.length) {
            long[] oldKeys = shortKeys;
            int[] oldIds = shortIds;
            shortKeys = new long[oldKeys.length * 2];
            shortIds = new int[oldKeys.length * 2];
            int m = shortKeys.length - 1;
            for (int k = 0; k < oldKeys.length; k++) {
                if (oldIds[k] != 0) {
                    int s = (int) ((oldKeys[k] * 0x9E3779B97F4A7C15L) >>> 40) & m;
                    while (shortIds[s] != 0) {
                        s = (s + 1) & m;
                    }
                    shortKeys[s] = oldKeys[k];
                    shortIds[s] = oldIds[k];
                }
            }
        }
        return id;
    }

    private int internLong(byte[] buf, int from, int to) {
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
