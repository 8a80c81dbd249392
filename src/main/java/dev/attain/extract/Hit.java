package dev.attain.extract;

import dev.attain.quantity.Figure;
import org.jspecify.annotations.Nullable;

/**
 * A figure phrase, or digits that are not one, found in the clean text: its clean range and,
 * when it reads as a figure, the figure; otherwise why not. Mutable while a text is read.
 */
final class Hit {

    final int start;
    final int end;
    final int numberStart;
    /** The figure; replaced when the list it stands in qualifies all its figures at once ("…、600亿元左右"). */
    @Nullable Figure figure;
    Unresolved.@Nullable Why why;
    String detail;
    /** The kind a word form fixes ("保持正增长" is a sign), or null to read it from the words around. */
    @Nullable FigureKind kind;
    /** What a relative word form is relative to ("与经济增长保持同步": 经济增长), or null. */
    @Nullable String reference;

    Hit(int start, int end, int numberStart, @Nullable Figure figure, Unresolved.@Nullable Why why, String detail) {
        this.start = start;
        this.end = end;
        this.numberStart = numberStart;
        this.figure = figure;
        this.why = why;
        this.detail = detail;
    }

    static Hit figure(int start, int end, int numberStart, Figure figure) {
        return new Hit(start, end, numberStart, figure, null, "");
    }

    static Hit word(int start, int end, Figure figure, FigureKind kind, @Nullable String reference) {
        Hit h = new Hit(start, end, start, figure, null, "");
        h.kind = kind;
        h.reference = reference;
        return h;
    }

    static Hit not(int start, int end, Unresolved.Why why, String detail) {
        return new Hit(start, end, start, null, why, detail);
    }

    boolean isFigure() {
        return figure != null && why == null;
    }

    void reject(Unresolved.Why reason, String words) {
        this.why = reason;
        this.detail = words;
    }
}
