package dev.attain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attain.eval.Scorecard;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Hostile text in the data (an indicator named {@code <script>alert(1)</script>}, a source
 * quote {@code "><img src=x onerror=alert(1)>}, a target id that closes an attribute) comes out
 * inert in the HTML page and in its SVG charts.
 */
class HostileDataTest {

    private static String html() {
        Scorecard card = Scorecard.of(Fixtures.AS_OF, List.of(Fixtures.hostile(), Fixtures.sum(), Fixtures.onTrack()));
        return HtmlReport.of(Locale.ENGLISH).withTitle("<title>x</title><script>alert(6)</script>").render(card);
    }

    @Test
    void test_html_hasNoRawTagFromTheData() {
        String page = html();
        // the page's one script is its own, and the policy lets only that one run
        assertEquals(1, page.split("<script", -1).length - 1, "one script element");
        assertTrue(page.contains("<script>" + HtmlReport.SCRIPT + "</script>"), "the script is the report's");
        assertTrue(page.contains("script-src " + HtmlReport.SCRIPT_HASH + ";"), "the policy names its hash");
        String html = page.replace("<script>" + HtmlReport.SCRIPT + "</script>", "").toLowerCase(Locale.ROOT);
        assertFalse(html.contains("<script"), "a script tag");
        assertFalse(html.contains("<img"), "an img tag");
        assertFalse(html.contains("<iframe"), "an iframe tag");
        assertFalse(html.contains("<b "), "a b tag");
        // event handlers appear only inside escaped text, never as an attribute of a tag
        Matcher tag = Pattern.compile("<[a-z][^>]*>").matcher(html);
        while (tag.find()) {
            String outsideValues = tag.group().replaceAll("\"[^\"]*\"", "\"\"");
            assertFalse(outsideValues.matches("(?s).*\\son[a-z]+=.*"), "an event handler attribute: " + tag.group());
        }
        assertFalse(html.contains("href="), "no link at all");
        assertFalse(html.contains("\u001b"), "no control character");
    }

    @Test
    void test_html_showsTheTextEscaped() {
        String html = html();
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the indicator name, as text");
        assertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), "the quote, as text");
        assertTrue(html.contains("t-&quot;&gt;&lt;svg onload=alert(2)&gt;"), "the target id, as text");
        assertTrue(html.contains("javascript:alert(3)"), "the address is shown as text");
    }

    @Test
    void test_svg_textAndAttributesEscaped() {
        String html = html();
        Matcher svg = Pattern.compile("<svg class=\"(bullet|trajectory)\".*?</svg>", Pattern.DOTALL).matcher(html);
        int bullets = 0;
        int trajectories = 0;
        while (svg.find()) {
            String s = svg.group();
            if (svg.group(1).equals("bullet")) {
                bullets++;
            } else {
                trajectories++;
            }
            // inside an SVG every tag is one of ours
            Matcher tag = Pattern.compile("<([a-zA-Z]+)").matcher(s);
            while (tag.find()) {
                assertTrue(List.of("svg", "title", "defs", "linearGradient", "stop", "rect", "line", "polygon", "circle",
                        "text", "g", "polyline").contains(tag.group(1)), "unexpected tag <" + tag.group(1) + "> in " + s);
            }
        }
        assertEquals(3, bullets);
        assertTrue(trajectories >= 1, "the hostile target has a baseline and a figure: a trajectory");
        assertTrue(html.contains("data-target=\"t-&quot;&gt;&lt;svg onload=alert(2)&gt;\""), "escaped in an attribute");
    }

    @Test
    void test_escape_allFiveCharacters() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
                Escape.html("<a href=\"x\" title='y'>&amp;</a>"));
        assertEquals("\uFFFD[31m \uFFFD", Escape.html("\u001b[31m\n\u202E"));
    }
}
