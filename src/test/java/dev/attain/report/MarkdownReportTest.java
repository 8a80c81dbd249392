package dev.attain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attain.eval.Scorecard;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Markdown: data cannot break the table or turn into markup. */
class MarkdownReportTest {

    @Test
    void test_escape_pipesAndNewlines() {
        assertEquals("a \\| b<br>c", MarkdownReport.escape("a | b\nc"));
        assertEquals("a<br>b<br>c", MarkdownReport.escape("a\r\nb\rc"));
        assertEquals("\\[x\\](http://e) \\*b\\* \\_i\\_ \\`c\\` \\~s\\~ \\# \\\\", MarkdownReport.escape("[x](http://e) *b* _i_ `c` ~s~ # \\"));
        assertEquals("\\<script\\>alert(1)\\</script\\> &amp;lt;", MarkdownReport.escape("<script>alert(1)</script> &lt;"));
    }

    @Test
    void test_render_hostileRow_staysOneRowOfSixCells() {
        Scorecard card = Scorecard.of(Fixtures.AS_OF, List.of(Fixtures.hostile()));
        String md = MarkdownReport.of(Locale.ENGLISH).withNoDataListed(true).render(card);
        String row = md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Status") && !l.startsWith("|  |"))
                .findFirst().orElseThrow();
        // unescaped pipes delimit exactly six cells
        int pipes = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '|' && (i == 0 || row.charAt(i - 1) != '\\')) {
                pipes++;
            }
        }
        assertEquals(7, pipes, row);
        // every < from the data is backslash-escaped: the only raw tag is our own <br>
        assertFalse(md.replace("<br>", "").matches("(?s).*(?<!\\\\)<.*"), md);
        assertTrue(md.contains("\\<script\\>alert(1)\\</script\\>"), md);
        assertFalse(md.contains("\u001b"), md);
    }
}
