package dev.attain.io;

import tools.jackson.core.TokenStreamLocation;

/**
 * A place in a file: line and column, both counted from 1. For CSV files the column is the
 * number of the table's column, counted from 1.
 */
record Loc(int line, int column) {

    /** The start of a file. */
    static final Loc START = new Loc(1, 1);

    Loc {
        line = Math.max(line, 1);
        column = Math.max(column, 1);
    }

    /** Returns the location of a Jackson token, or the start of the file if it is unknown. */
    static Loc of(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return START;
        }
        return new Loc(location.getLineNr(), location.getColumnNr());
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
