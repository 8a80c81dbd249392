package dev.attain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.attain.Tracker;
import dev.attain.eval.Evaluation;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
    private static Tracker flagship;
    private static Scorecard flagshipCard;
    private static Path flagshipPage;
    private static Path withoutScript;

    @BeforeAll
    static void writePage() throws IOException {
        List<Evaluation> list = new ArrayList<>(Fixtures.scorecard().evaluations());
        list.add(Fixtures.hostile());
        card = Scorecard.of(Fixtures.AS_OF, list);
        page = dir.resolve("scorecard.html");
        HtmlReport.of(Locale.CHINESE).withHistory(Fixtures.dataset()).write(card, page);

        // the flagship: the Jiangxi folder as of 2023-06-30, as the example writes it
        flagship = Tracker.load(Path.of("examples", "data", "jiangxi"));
        flagshipCard = flagship.evaluate(LocalDate.of(2023, 6, 30));
        flagshipPage = dir.resolve("jiangxi.html");
        HtmlReport.of(Locale.CHINESE).withThresholds(flagship.evaluator().thresholds()).withHistory(flagship.dataset())
                .write(flagshipCard, flagshipPage);
        // the same page with a policy that names another hash: the browser must refuse the script
        String html = Files.readString(flagshipPage, StandardCharsets.UTF_8);
        assertTrue(html.contains(HtmlReport.SCRIPT_HASH));
        withoutScript = dir.resolve("jiangxi-blocked.html");
        Files.writeString(withoutScript, html.replace(HtmlReport.SCRIPT_HASH,
                "'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='"), StandardCharsets.UTF_8);
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

    /** Runs Chromium headless on the fixture's page with a fresh profile; returns what it wrote to stdout. */
    private static String run(String name, String... extra) throws IOException, InterruptedException {
        return open(name, page.toUri().toString(), extra);
    }

    /** Runs Chromium headless on an address with a fresh profile; returns what it wrote to stdout. */
    private static String open(String name, String address, String... extra) throws IOException, InterruptedException {
        Path profile = Files.createDirectory(dir.resolve("profile-" + name));
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        List<String> command = new ArrayList<>(List.of(chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(extra));
        command.add(address);
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
        Matcher m = Pattern.compile("<li class=\"count s-\\w+(?: zero)?\" data-status=\"(\\w+)\"><span class=\"n\">(\\d+)</span>")
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
        assertEquals(card.evaluations().size(), count(dom, "<tr class=\"s-") - rollUpRows(dom),
                "one row per target in the table of all targets");

        // the hostile data stayed text in the browser's DOM
        String lower = dom.replace("<script>" + HtmlReport.SCRIPT + "</script>", "").toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), "no script element but the report's own");
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
        // the bands' colours of the bullet graphs of the running targets are on the page
        assertTrue(colours.contains(0xcfe6cc) || colours.contains(0xf2c4c0) || colours.contains(0xfbe3a6),
                "a bullet graph band is drawn");
    }

    /** The rows of the roll-up tables, which also carry a status class. */
    private static int rollUpRows(String dom) {
        int n = 0;
        Matcher m = Pattern.compile("(?s)<table class=\"rollup\".*?</table>").matcher(dom);
        while (m.find()) {
            n += count(m.group(), "<tr class=\"s-");
        }
        return n;
    }

    /** The target ids of the rows of the table of all targets, in the order of the DOM. */
    private static List<String> tableOrder(String dom) {
        Matcher table = Pattern.compile("(?s)<table class=\"sortable\" id=\"all-targets\">.*?</table>").matcher(dom);
        assertTrue(table.find(), "the table of all targets");
        List<String> ids = new ArrayList<>();
        Matcher row = Pattern.compile("<tr [^>]*data-target=\"([^\"]+)\"").matcher(table.group());
        while (row.find()) {
            ids.add(row.group(1));
        }
        return ids;
    }

    @Test
    void test_flagship_titleAndNoBandsWhereNoPace() throws Exception {
        String dom = open("flagship", flagshipPage.toUri().toString(), "--dump-dom");
        assertTrue(dom.contains("<title>江西省工业规划目标与实际完成情况（2020—2025年）</title>"), "the dataset's title");
        assertTrue(dom.contains("<h1>江西省工业规划目标与实际完成情况（2020—2025年）</h1>"), "the dataset's title");
        Matcher article = Pattern.compile("(?s)<article class=\"target s-(\\w+)\".*?</article>").matcher(dom);
        int noData = 0;
        int cards = 0;
        while (article.find()) {
            cards++;
            Status status = Status.valueOf(article.group(1));
            if (status != Status.ON_TRACK && status != Status.AT_RISK && status != Status.OFF_TRACK) {
                assertFalse(article.group().contains("class=\"band\""), "no band on a card " + status);
                assertTrue(article.group().contains("<line class=\"marker\""), "the requirement is drawn");
            }
            if (status == Status.NO_DATA) {
                noData++;
            }
        }
        assertEquals(flagshipCard.evaluations().size(), cards);
        assertEquals(flagshipCard.count(Status.NO_DATA), noData);
        assertTrue(noData > 40, "the flagship has many targets without data: " + noData);
        // groups by plan; the one with a shortfall is open
        assertTrue(dom.contains("<details class=\"plan has-shortfall\" id=\"plan-1\" data-worst=\"MISSED\" open=\"\">"),
                "the 2020 plan's group, with the missed VR target, is open");
    }

    @Test
    void test_flagship_trajectories_theElectronicsSeriesHasFourPoints() throws Exception {
        String dom = open("series", flagshipPage.toUri().toString(), "--dump-dom");
        Matcher svg = Pattern.compile("(?s)<svg class=\"trajectory\" data-indicator=\"ei-revenue\".*?</svg>").matcher(dom);
        assertTrue(svg.find(), "a trajectory of the electronics industry, a series without a target of its own");
        assertEquals(4, count(svg.group(), "<circle class=\"point\""), "2019, 2020, 2021 and 2022");
        assertTrue(svg.group().contains("<circle class=\"requirement\""), "the 2020 requirement is drawn");
        int series = count(dom, "<svg class=\"trajectory\" data-indicator=");
        assertTrue(series >= 6, "a trajectory for every indicator with two or more points: " + series);
    }

    @Test
    void test_flagship_sortsWithTheScript_andReadsWithoutIt() throws Exception {
        List<String> defaultOrder = flagshipCard.evaluations().stream().map(e -> e.target().id()).toList();

        String ascending = open("sort-up", flagshipPage.toUri() + "#sort=attainment", "--dump-dom");
        List<String> up = tableOrder(ascending);
        assertEquals(defaultOrder.size(), up.size());
        List<java.math.BigDecimal> values = new ArrayList<>();
        for (String id : up) {
            flagshipCard.evaluation(id).orElseThrow().attainment().filter(r -> r.hasLowerBound())
                    .ifPresent(r -> values.add(r.lowerEndpoint()));
        }
        assertTrue(values.size() >= 10, "targets with an attainment: " + values.size());
        for (int i = 1; i < values.size(); i++) {
            assertTrue(values.get(i - 1).compareTo(values.get(i)) <= 0, "ascending: " + values);
        }
        assertEquals("jx-2020-vr", up.get(0), "the lowest attainment first: VR at 100.0%");
        assertTrue(ascending.contains("data-key=\"attainment\" aria-sort=\"ascending\""), "the button says so");
        String descending = open("sort-down", flagshipPage.toUri() + "#sort=-attainment", "--dump-dom");
        assertEquals("jx-2022-base-stations-5g", tableOrder(descending).get(0), "200.0% first");

        // the policy that names another hash blocks the script: the page is whole, in the default order
        String blocked = open("blocked", withoutScript.toUri() + "#sort=attainment", "--dump-dom");
        assertEquals(defaultOrder, tableOrder(blocked), "without the script the table keeps the scorecard's order");
        assertFalse(blocked.contains("aria-sort=\""), "no column marked sorted");
        assertTrue(blocked.contains("<h1>江西省工业规划目标与实际完成情况（2020—2025年）</h1>"));
        assertEquals(flagshipCard.evaluations().size(), count(blocked, "<svg class=\"bullet\""));

        // and it renders: text is drawn (headless Chromium cannot dump or shoot a page with scripts
        // switched off altogether, so the refused script stands for a browser without one)
        Path png = dir.resolve("no-script.png");
        open("no-script", withoutScript.toUri().toString(), "--screenshot=" + png, "--window-size=1200,1600",
                "--hide-scrollbars");
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image);
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                if ((image.getRGB(x, y) & 0xFF) < 0x80) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 500, "text is drawn without the script: " + dark);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
