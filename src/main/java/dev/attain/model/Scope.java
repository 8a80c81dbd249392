package dev.attain.model;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a target or an outcome applies: ordered key → value pairs such as
 * {@code region=江西省} or {@code region=江西省, sector=电子信息}.
 *
 * <p>Two scopes are equal when they hold the same pairs; order matters only for display.
 * {@link #parse} reads the form {@link #toString} writes.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe, and a value type.
 */
public final class Scope {

    /** The scope with no pairs: applies everywhere the dataset speaks of. */
    public static final Scope EMPTY = new Scope(ImmutableMap.of());

    private final ImmutableMap<String, String> entries;

    private Scope(ImmutableMap<String, String> entries) {
        this.entries = entries;
    }

    /**
     * Returns a scope of one pair.
     *
     * @param key  the key, such as {@code region}, not null or blank
     * @param value  the value, such as {@code 江西省}, not null or blank
     * @return the scope, never null
     */
    public static Scope of(String key, String value) {
        return of(ImmutableMap.of(requireNonNull(key, "key"), requireNonNull(value, "value")));
    }

    /**
     * Returns a scope of the given pairs, in their iteration order.
     *
     * @param entries  the pairs, not null; keys and values not blank, keys without '=' or ','
     * @return the scope, never null
     * @throws IllegalArgumentException if a key or value is blank or holds a separator
     */
    public static Scope of(Map<String, String> entries) {
        requireNonNull(entries, "entries");
        entries.forEach((k, v) -> {
            requireNonNull(k, "scope key");
            requireNonNull(v, "scope value of " + k);
            if (k.isBlank() || k.contains("=") || k.contains(",")) {
                throw new IllegalArgumentException("scope key '" + k + "' must be non-blank, without '=' or ','");
            }
            if (v.isBlank() || v.contains(",")) {
                throw new IllegalArgumentException("scope value '" + v + "' of " + k + " must be non-blank, without ','");
            }
        });
        return entries.isEmpty() ? EMPTY : new Scope(ImmutableMap.copyOf(entries));
    }

    /**
     * Reads a scope written as {@code key=value, key=value}; the empty string is {@link #EMPTY}.
     *
     * @param text  the text, not null
     * @return the scope, never null
     * @throws IllegalArgumentException if a pair has no '=' or a key appears twice
     */
    public static Scope parse(CharSequence text) {
        requireNonNull(text, "text");
        String s = text.toString().trim();
        if (s.isEmpty()) {
            return EMPTY;
        }
        ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
        for (String pair : Splitter.on(',').trimResults().split(s)) {
            List<String> kv = Splitter.on('=').limit(2).trimResults().splitToList(pair);
            if (kv.size() != 2) {
                throw new IllegalArgumentException("Scope '" + s + "' cannot be parsed: pair '" + pair
                        + "' has no '='; expected key=value, key=value");
            }
            b.put(kv.get(0), kv.get(1));
        }
        try {
            return of(b.buildOrThrow());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Scope '" + s + "' cannot be parsed: " + e.getMessage(), e);
        }
    }

    /**
     * Returns the pairs, in order.
     *
     * @return the pairs, never null
     */
    public ImmutableMap<String, String> entries() {
        return entries;
    }

    /**
     * Tells whether the scope has no pairs.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Scope other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /**
     * Returns the scope as {@code key=value, key=value}, which {@link #parse} reads back.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return entries.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
