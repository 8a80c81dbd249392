package dev.attain.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;

/** Reader helpers. */
final class Readers {

    private Readers() {
    }

    /** Returns a reader whose close() does not close the given reader, which belongs to the caller. */
    static Reader unclosable(Reader reader) {
        return new FilterReader(reader) {
            @Override
            public void close() {
                // the caller's reader stays open
            }
        };
    }

    /** Returns a reader that skips a leading byte order mark, which spreadsheet programs write. */
    static Reader skipBom(Reader reader) {
        PushbackReader p = new PushbackReader(reader, 1);
        try {
            int c = p.read();
            if (c >= 0 && c != '\uFEFF') {
                p.unread(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
