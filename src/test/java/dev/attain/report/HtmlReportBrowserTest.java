package dev.attain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.attain.eval.Evaluation;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: headless Chromium renders the page of a fixed scorecard
 * (hostile data included); the test reads the rendered DOM ({@code --dump-dom}) for the summary
 * counts and one bullet graph per target, and checks that a screenshot is not blank.
 *
 * <p>Chromium is {@code /usr/bin/chromium} (Debian's package, which {@code .ci/run} installs),
 * else {@code chromium} or {@code chromium-browser} on the PATH; the system property
 * {@code report.chromium} names another executable. Without a browser this test
 * <em>fails</em>: it is never skipped.
 */
class HtmlReportBrowserTest {

    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    static Path dir;

    private static Scorecard card;
    private static Path page;

    @BeforeAll
    static void writePage() throws IOException {
        List<Evaluation> list = new ArrayList<>(Fixtures.scorecard().evaluations());
        list.add(Fixtures.hostile());
        card = Scorecard.of(Fixtures.AS_OF, list);
        page = dir.resolve("scorecard.html");
        HtmlReport.of(Locale.CHINESE).withHistory(Fixtures.dataset()).write(card, page);
    }

    static String chromium() {
        String property = System.getProperty("report.chromium");
        if (property != null && !property.isBlank()) {
            if (!Files.isExecutable(Path.of(property))) {
                fail("-Dreport.chromium=" + property + " is not an executable file");
            }
            return property;
        }
        if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            return "/usr/bin/chromium";
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String d : path.split(File.pathSeparator)) {
                for (String name : List.of("chromium", "chromium-browser")) {
                    Path p = Path.of(d, name);
                    if (Files.isExecutable(p)) {
                        return p.toString();
                    }
                }
            }
        }
        return fail("headless Chromium is needed for this test and was not found: install Debian's chromium"
                + " package (.ci/run does), or name the executable with -Dreport.chromium=/path/to/chromium");
    }

    /** Runs Chromium headless on the page with a fresh profile; returns what it wrote to stdout. */
    private static String run(String name, String... extra) throws IOException, InterruptedException {
        Path profile = Files.createDirectory(dir.resolve("profile-" + name));
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        List<String> command = new ArrayList<>(List.of(chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(extra));
        command.add(page.toUri().toString());
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
            }
            assertEquals(0, process.exitValue(), () -> "Chromium failed: " + command + "\n" + read(err));
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        return read(out);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    @Test
    void test_renderedDom_hasTheCountsAndOneBulletGraphPerTarget() throws Exception {
        String dom = run("dom", "--dump-dom");
        assertTrue(dom.contains("</html>"), "a whole document was dumped:\n" + dom);

        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        Matcher m = Pattern.compile("<li class=\"count s-\\w+\" data-status=\"(\\w+)\"><span class=\"n\">(\\d+)</span>")
                .matcher(dom);
        while (m.find()) {
            counts.put(Status.valueOf(m.group(1)), Integer.valueOf(m.group(2)));
        }
        assertEquals(card.counts(), counts, "the summary counts in the rendered page");
        Matcher total = Pattern.compile("data-total=\"(\\d+)\"").matcher(dom);
        assertTrue(total.find());
        assertEquals(card.evaluations().size(), Integer.parseInt(total.group(1)));

        int bullets = count(dom, "<svg class=\"bullet\"");
        assertEquals(card.evaluations().size(), bullets, "one bullet graph per target");
        for (Evaluation e : card.evaluations()) {
            if (e.target().id().matches("[a-z0-9-]+")) {
                assertTrue(dom.contains("<svg class=\"bullet\" data-target=\"" + e.target().id() + "\""), e.target().id());
            }
        }
        assertTrue(count(dom, "<svg class=\"trajectory\"") >= 2, "trajectories of the targets with a history");
        assertEquals(card.shortfalls().size(), count(dom, "<tr class=\"s-"), "one table row per shortfall");

        // the hostile data stayed text in the browser's DOM
        String lower = dom.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), "no script element");
        assertFalse(lower.contains("<img"), "no img element");
        assertFalse(lower.contains("<iframe"), "no iframe element");
        assertTrue(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the name is shown as text");
    }

    @Test
    void test_screenshot_isNotBlank() throws Exception {
        Path png = dir.resolve("scorecard.png");
        run("shot", "--screenshot=" + png, "--window-size=1200,2000", "--hide-scrollbars");
        assertTrue(Files.size(png) > 0, "a screenshot was written");
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "the screenshot is a PNG");
        assertEquals(1200, image.getWidth());
        Set<Integer> colours = new HashSet<>();
        long nonWhite = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    nonWhite++;
                }
            }
        }
        assertTrue(colours.size() >= 8, "several distinct colours, found " + colours.size());
        long sampled = (long) ((image.getWidth() + 1) / 2) * ((image.getHeight() + 1) / 2);
        assertTrue(nonWhite * 50 > sampled, "more than 2% of the page is not white: " + nonWhite + " of " + sampled);
        // the bands' colours of the bullet graphs are on the page
        assertTrue(colours.contains(0xcfe6cc) || colours.contains(0xf2c4c0) || colours.contains(0xfbe3a6),
                "a bullet graph band is drawn");
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
