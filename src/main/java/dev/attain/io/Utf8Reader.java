package dev.attain.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes UTF-8 strictly, handing out every character before a malformed byte and only then
 * failing, with the line the byte is on. The JDK's readers decode a buffer at a time and throw
 * as soon as a buffer holds a malformed byte, losing the valid text decoded before it in that
 * buffer (and so the rows before it); this one does not.
 *
 * <p>Lines are counted as CSV counts them: LF, CRLF and a lone CR each end one.
 */
final class Utf8Reader extends Reader {

    /** Thrown when the bytes are not UTF-8; says at which line. */
    static final class NotUtf8Exception extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final long line;
        private final String bytes;

        NotUtf8Exception(long line, String bytes) {
            this.line = line;
            this.bytes = bytes;
        }

        /** The line, from 1, that holds the malformed byte. */
        long line() {
            return line;
        }

        @Override
        public String getMessage() {
            return "not UTF-8 text at line " + line + ": the bytes " + bytes + " are not a UTF-8 character";
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
    private boolean eof;
    private boolean flushed;
    private NotUtf8Exception error;
    private long line;
    private boolean afterCr;

    /**
     * Reads bytes that start a line.
     *
     * @param firstLine  the number of that line in the file, from 1; more for a part of a file
     */
    Utf8Reader(InputStream in, long firstLine) {
        this.in = in;
        this.line = firstLine;
    }

    /** The line the characters handed out so far end on. */
    long line() {
        return line;
    }

    @Override
    public int read(char[] dst, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (error != null) {
                throw error;
            }
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, chars.remaining());
        chars.get(dst, off, n);
        long l = line;
        boolean cr = afterCr;
        for (int i = off; i < off + n; i++) {
            char c = dst[i];
            if (c > '\r') { // one comparison for nearly every character
                cr = false;
            } else if (c == '\n') {
                if (!cr) {
                    l++;
                }
                cr = false;
            } else if (c == '\r') {
                l++;
                cr = true;
            } else {
                cr = false;
            }
        }
        line = l;
        afterCr = cr;
        return n;
    }

    /** Decodes more characters into {@link #chars}; false at the end of the input. */
    private boolean fill() throws IOException {
        chars.clear();
        try {
            while (chars.position() == 0) {
                if (eof) {
                    if (!flushed) {
                        CoderResult r = decoder.decode(bytes, chars, true);
                        flushed = true;
                        if (r.isError()) {
                            error = new NotUtf8Exception(lineAt(), hex(bytes, r.length()));
                        } else {
                            decoder.flush(chars);
                        }
                    }
                    return chars.position() > 0 || error != null;
                }
                CoderResult r = decoder.decode(bytes, chars, false);
                if (r.isError()) {
                    // the characters before the bad byte are handed out first; its line is
                    // where the text handed out so far ends
                    error = new NotUtf8Exception(lineAt(), hex(bytes, r.length()));
                    return true;
                }
                if (r.isUnderflow()) {
                    bytes.compact();
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) {
                        eof = true;
                    } else {
                        bytes.position(bytes.position() + n);
                    }
                    bytes.flip();
                }
            }
            return true;
        } finally {
            chars.flip();
        }
    }

    /** The line the decoded but not yet handed out characters end on. */
    private long lineAt() {
        long l = line;
        boolean cr = afterCr;
        for (int i = 0; i < chars.position(); i++) {
            char c = chars.get(i);
            if (c == '\n') {
                if (!cr) {
                    l++;
                }
                cr = false;
            } else if (c == '\r') {
                l++;
                cr = true;
            } else {
                cr = false;
            }
        }
        return l;
    }

    private static String hex(ByteBuffer b, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(n, 4); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(String.format(Locale.ROOT, "0x%02X", b.get(b.position() + i) & 0xff));
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
