package dev.attain.quantity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * An immutable table of words for {@link FigureParser}: finds the longest word that starts at a
 * given index of a string, without allocating.
 *
 * <p>ASCII letters match without regard to case. A word that ends in an ASCII letter matches only
 * where the text does not go on with another ASCII letter (so "k" does not match the start of
 * "km"); a table built with {@code digitsBreakWords} also refuses a digit there (so the
 * magnitude "m" does not match the start of "m2").
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
final class WordTable {

    // The trie lives in two int arrays, so that a lookup touches few cache lines:
    //  - root: an open-addressing table of the first characters, each slot (char << 16 | offset
    //    of the node in trie), 0 for a free slot;
    //  - trie: the nodes one after the other, each two ints and then its edges side by side:
    //    (word id << 1 | 1 if the word ends in an ASCII letter), or -1 where no word ends; the
    //    number of edges; the edges, each (char << 16 | offset of the child node).
    //    A node with a single edge holds instead the chain of characters down to the next node
    //    where a word ends or the trie branches: -(length of the chain); the characters; the
    //    offset of that node. So "more than" is compared character by character, without a
    //    load of a node for each.

    private final int[] root;
    private final int rootMask;
    private final int[] trie;
    private final boolean digitsBreakWords;

    private WordTable(int[] root, int[] trie, boolean digitsBreakWords) {
        this.root = root;
        this.rootMask = root.length - 1;
        this.trie = trie;
        this.digitsBreakWords = digitsBreakWords;
    }

    /**
     * Finds the longest word of the table that starts at {@code from}.
     *
     * @param s  the text
     * @param from  the index at which the word must start, from 0 to the text's length
     * @return {@code id << 16 | length} of the longest word, or -1 if none starts there
     */
    int match(char[] s, int from) {
        int n = s.length;
        if (from >= n) {
            return -1;
        }
        int node = rootChild(fold(s[from]));
        int best = -1;
        int i = from + 1; // the characters from 'from' to i lead to node
        while (node >= 0) {
            int word = trie[node];
            if (word >= 0 && ((word & 1) == 0 || endsWord(s, i))) {
                best = (word >>> 1) << 16 | (i - from);
            }
            if (i >= n) {
                break;
            }
            int count = trie[node + 1];
            int e = node + 2;
            if (count < 0) { // a chain of characters, then the next node
                int end = i - count;
                if (end > n) {
                    break;
                }
                for (; i < end; i++, e++) {
                    if (fold(s[i]) != trie[e]) {
                        return best;
                    }
                }
                node = trie[e];
            } else {
                int key = fold(s[i++]);
                int last = e + count;
                node = -1;
                for (; e < last; e++) {
                    int edge = trie[e];
                    if (edge >>> 16 == key) {
                        node = edge & 0xFFFF;
                        break;
                    }
                }
            }
        }
        return best;
    }

    private int rootChild(int c) {
        for (int i = slot(c, rootMask); ; i = (i + 1) & rootMask) {
            int entry = root[i];
            if (entry == 0) {
                return -1;
            }
            if (entry >>> 16 == c) {
                return entry & 0xFFFF;
            }
        }
    }

    private static int fold(char c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    private static int slot(int c, int mask) {
        return ((c * 0x9E3779B1) >>> 16) & mask;
    }

    /** Returns the id of a match returned by {@link #match}. */
    static int id(int match) {
        return match >>> 16;
    }

    /** Returns the length of a match returned by {@link #match}. */
    static int length(int match) {
        return match & 0xFFFF;
    }

    private boolean endsWord(char[] s, int i) {
        if (i >= s.length) {
            return true;
        }
        char c = s[i];
        boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        return !letter && !(digitsBreakWords && c >= '0' && c <= '9');
    }

    /** Collects words and their ids, then builds the table. Not thread-safe. */
    static final class Builder {
        private final List<TreeMap<Character, Integer>> nodes = new ArrayList<>();
        private final List<Integer> nodeIds = new ArrayList<>();
        private final List<Boolean> nodeEndsInLetter = new ArrayList<>();
        private final boolean digitsBreakWords;

        Builder(boolean digitsBreakWords) {
            this.digitsBreakWords = digitsBreakWords;
            newNode();
        }

        private int newNode() {
            nodes.add(new TreeMap<>());
            nodeIds.add(-1);
            nodeEndsInLetter.add(false);
            return nodes.size() - 1;
        }

        /**
         * Adds a word; a word added twice keeps its first id.
         *
         * @param word  the word, not empty
         * @param id  its id, from 0 to 32767
         * @return this builder
         */
        Builder add(String word, int id) {
            if (word.isEmpty() || id < 0 || id > Short.MAX_VALUE || word.length() > 0xFFFF) {
                throw new IllegalArgumentException("bad word '" + word + "' or id " + id);
            }
            int node = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + ('a' - 'A'));
                }
                Integer child = nodes.get(node).get(c);
                if (child == null) {
                    child = newNode();
                    nodes.get(node).put(c, child);
                }
                node = child;
            }
            if (nodeIds.get(node) < 0) {
                nodeIds.set(node, id);
                char last = word.charAt(word.length() - 1);
                nodeEndsInLetter.set(node, (last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z'));
            }
            return this;
        }

        WordTable build() {
            int n = nodes.size();
            if (nodes.get(0).isEmpty()) {
                throw new IllegalStateException("no words");
            }
            // node 0 is the root, reached through the root table; the others are laid out in the
            // order they are reached, each at its offset, but the nodes inside a chain
            TreeMap<Character, Integer> first = nodes.get(0);
            int[] offset = new int[n];
            List<Integer> order = new ArrayList<>();
            ArrayDeque<Integer> todo = new ArrayDeque<>(first.values());
            int length = 0;
            while (!todo.isEmpty()) {
                int i = todo.pop();
                offset[i] = length;
                order.add(i);
                if (nodes.get(i).size() == 1) {
                    int end = chainEnd(i);
                    length += 3 + chainLength(i);
                    todo.push(end);
                } else {
                    length += 2 + nodes.get(i).size();
                    nodes.get(i).values().forEach(todo::push);
                }
            }
            if (length > 0xFFFF) {
                throw new IllegalStateException(length + " ints in the trie");
            }
            int[] trie = new int[length];
            for (int i : order) {
                int o = offset[i];
                trie[o] = nodeIds.get(i) < 0 ? -1 : nodeIds.get(i) << 1 | (nodeEndsInLetter.get(i) ? 1 : 0);
                int e = o + 2;
                if (nodes.get(i).size() == 1) {
                    int k = 0;
                    for (int z = i; k == 0 || inChain(z); z = nodes.get(z).firstEntry().getValue()) {
                        trie[e++] = nodes.get(z).firstKey();
                        k++;
                    }
                    trie[o + 1] = -k;
                    trie[e] = offset[chainEnd(i)];
                } else {
                    trie[o + 1] = nodes.get(i).size();
                    for (var edge : nodes.get(i).entrySet()) {
                        trie[e++] = edge.getKey() << 16 | offset[edge.getValue()];
                    }
                }
            }
            int size = Integer.highestOneBit(first.size() * 4 - 1) << 1;
            int[] root = new int[size];
            for (var e : first.entrySet()) {
                int s = slot(e.getKey(), size - 1);
                while (root[s] != 0) {
                    s = (s + 1) & (size - 1);
                }
                root[s] = e.getKey() << 16 | offset[e.getValue()];
            }
            return new WordTable(root, trie, digitsBreakWords);
        }

        /** Tells whether a chain goes on through node i: no word ends there and it has one edge. */
        private boolean inChain(int i) {
            return nodeIds.get(i) < 0 && nodes.get(i).size() == 1;
        }

        /** Returns the number of characters of the chain from node i, which has one edge. */
        private int chainLength(int i) {
            int k = 1;
            int z = nodes.get(i).firstEntry().getValue();
            while (inChain(z)) {
                z = nodes.get(z).firstEntry().getValue();
                k++;
            }
            return k;
        }

        /** Returns the node at the end of the chain from node i, which has one edge. */
        private int chainEnd(int i) {
            int z = nodes.get(i).firstEntry().getValue();
            while (inChain(z)) {
                z = nodes.get(z).firstEntry().getValue();
            }
            return z;
        }
    }
}
