package dev.attain.stream;

import java.util.Arrays;

/**
 * The folds of the groups met by one {@link TableScan}, keyed by the bytes of the group cell:
 * open addressing, so that a row finds its group without making a String. Keys become Strings
 * (UTF-8) once, when the scan hands its groups over. Not thread-safe.
 */
final class GroupTable {

    private byte[][] keys = new byte[64][];
    private Fold[] folds = new Fold[64];
    private int[] order = new int[32];
    private int size;

    /** The fold of the group whose cell is b[s, e), created on first use. */
    Fold fold(byte[] b, int s, int e) {
        if (s < e && b[s] == '"') {
            // quoted: the unescaped text is the key
            byte[] k = TableRow.text(b, s, e).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return fold(k, 0, k.length);
        }
        while (s < e && (b[s] == ' ' || b[s] == '\t')) {
            s++;
        }
        while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
            e--;
        }
        int h = 1;
        for (int i = s; i < e; i++) {
            h = 31 * h + b[i];
        }
        h ^= h >>> 16;
        int mask = keys.length - 1;
        int i = h & mask;
        while (true) {
            byte[] k = keys[i];
            if (k == null) {
                return insert(i, Arrays.copyOfRange(b, s, e));
            }
            if (Arrays.equals(k, 0, k.length, b, s, e)) {
                return folds[i];
            }
            i = (i + 1) & mask;
        }
    }

    private Fold insert(int slot, byte[] key) {
        Fold f = new Fold(0);
        keys[slot] = key;
        folds[slot] = f;
        if (size == order.length) {
            order = Arrays.copyOf(order, size * 2);
        }
        order[size++] = slot;
        if (size * 2 > keys.length) {
            grow();
        }
        return f;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        Fold[] oldFolds = folds;
        int[] oldOrder = Arrays.copyOf(order, size);
        keys = new byte[oldKeys.length * 2][];
        folds = new Fold[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int n = 0; n < oldOrder.length; n++) {
            byte[] k = oldKeys[oldOrder[n]];
            int h = 1;
            for (byte x : k) {
                h = 31 * h + x;
            }
            h ^= h >>> 16;
            int i = h & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = k;
            folds[i] = oldFolds[oldOrder[n]];
            order[n] = i;
        }
    }

    /** Adds the groups, in the order first met, into a fold's groups. */
    void into(Fold target) {
        for (int n = 0; n < size; n++) {
            int slot = order[n];
            String key = new String(keys[slot], java.nio.charset.StandardCharsets.UTF_8);
            target.group(key).merge(folds[slot], 0);
        }
        size = 0;
        keys = new byte[64][];
        folds = new Fold[64];
    }
}
