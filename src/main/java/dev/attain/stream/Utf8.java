package dev.attain.stream;

/** Checks bytes for well-formed UTF-8, as the JDK's strict decoder judges it. */
final class Utf8 {

    private Utf8() {
    }

    /**
     * Returns the index of the first byte in b[s, e) that does not belong to a well-formed UTF-8
     * character (no overlong forms, no surrogates, nothing above U+10FFFF), or −1.
     */
    static int firstInvalid(byte[] b, int s, int e) {
        int p = s;
        while (p < e) {
            int c = b[p] & 0xff;
            if (c < 0x80) {
                p++;
                continue;
            }
            int n;
            int min;
            int max = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
                min = c == 0xE0 ? 0xA0 : 0x80;
                max = c == 0xED ? 0x9F : 0xBF;
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
                min = c == 0xF0 ? 0x90 : 0x80;
                max = c == 0xF4 ? 0x8F : 0xBF;
            } else {
                return p;
            }
            if (p + n >= e) {
                return p;
            }
            int second = b[p + 1] & 0xff;
            if (second < min || second > max) {
                return p;
            }
            for (int i = 2; i <= n; i++) {
                int x = b[p + i] & 0xff;
                if (x < 0x80 || x > 0xBF) {
                    return p;
                }
            }
            p += n + 1;
        }
        return -1;
    }
}
