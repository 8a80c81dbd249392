package dev.attain.examples;

import static dev.attain.examples.ExampleSupport.pad;
import static dev.attain.examples.ExampleSupport.percent;
import static dev.attain.examples.ExampleSupport.percentInterval;
import static dev.attain.examples.ExampleSupport.percentWords;
import static dev.attain.examples.ExampleSupport.yi;
import static dev.attain.examples.ExampleSupport.yiInterval;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import dev.attain.Tracker;
import dev.attain.model.Dataset;
import dev.attain.model.Outcome;
import dev.attain.model.Period;
import dev.attain.model.Scope;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Qualifier;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jiangxi's electronics industry revenue 2019–2022 as intervals, the year-on-year growth those
 * intervals allow, the bulletin's claim of "年均25%以上" growth checked against them, and the
 * 2021→2022 jump flagged as a possible change of statistical scope (口径) instead of being taken
 * at face value.
 *
 * <p>The bulletin ({@code 002}) says: "产业规模2019年突破4000亿元,2020年突破5000亿元,2021年突破6000亿元,
 * 2022年首次突破万亿元,达1.03万亿元". Read literally, the first three are lower bounds only, and
 * little follows about growth: a year with no upper bound may have been any size. The program
 * works through three readings, from the literal to the customary, and says what holds under
 * each:
 * <ol>
 *   <li><b>A literal</b>: the figures as the dataset holds them ("突破4000亿元" is (4000亿, +∞)).
 *   <li><b>B milestones</b>: each 突破 names the mark first passed that year, so the year before
 *       was at most that mark. The text says so outright for 2022 ("首次突破万亿元"), so 2021 was
 *       at most 1万亿元.
 *   <li><b>C face value</b>: B, and a year that had passed the next mark of the sentence's evenly
 *       spaced steps (4000, 5000, 6000: 1000亿元) would have been reported with it, so 2021 was
 *       below 7000亿元.
 * </ol>
 * Growth is an interval quotient, an average annual rate an interval root, computed by
 * {@link PositiveIntervals} with exact {@code BigDecimal} and outward rounding, so every interval
 * printed contains the exact one. A year-on-year growth is flagged as a possible 口径 change when
 * every value its interval allows is at or above {@link #PLAUSIBLE_GROWTH}, 40% a year, which a
 * whole provincial industry of several thousand 亿元 does not grow by.
 *
 * <p>Run it from the repository root:
 * <pre>{@code
 * mvn -q test-compile exec:java -Dexec.mainClass=dev.attain.examples.ElectronicsTrajectory
 * }</pre>
 */
public final class ElectronicsTrajectory {

    /** The indicator. */
    static final String INDICATOR = "ei-revenue";

    /** The growth rate from which a year-on-year change is flagged: 40% a year. */
    static final BigDecimal PLAUSIBLE_GROWTH = new BigDecimal("0.40");

    /** The scraped bulletin that holds the figures and the claim. */
    static final String BULLETIN = "002_957c925e5307aa20.txt";

    private static final Pattern NOISE = Pattern.compile("[◆■★]");
    private static final Pattern CLAIM = Pattern.compile("以年均([0-9.]+%以上)的[^,，。]*");
    private static final Pattern FIRST_PASSED = Pattern.compile("(\\d{4})年首次突破([^,，。]+)");

    private ElectronicsTrajectory() {
    }

    /**
     * Runs the program.
     *
     * @param args  none
     */
    public static void main(String[] args) {
        int code = run(args, ExampleSupport.stdout(), ExampleSupport.stderr());
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the program with the given streams.
     *
     * @param args  none
     * @param out  where the analysis goes, not null
     * @param err  where errors go, not null
     * @return the exit code: 0, 2 for an argument given, 3 when the data is not found
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0) {
            err.println("ElectronicsTrajectory takes no arguments; got " + args.length);
            return ExampleSupport.EXIT_USAGE;
        }
        try {
            report(ExampleSupport.tracker(), ExampleSupport.SOURCES, out);
            return 0;
        } catch (ExampleSupport.MissingDataException e) {
            err.println(e.getMessage());
            return ExampleSupport.EXIT_NO_DATA;
        }
    }

    /** The three readings of the sentence. */
    enum Reading {
        /** The figures as written. */
        LITERAL("A literal"),
        /** Each 突破 is the mark first passed that year. */
        MILESTONES("B milestones"),
        /** And no year had passed the next evenly spaced mark. */
        FACE_VALUE("C face value");

        final String label;

        Reading(String label) {
            this.label = label;
        }
    }

    /** "年均25%以上": an average annual growth rate of at least (or more than) a rate. */
    record Claim(String words, BigDecimal rate, boolean inclusive) {

        /** Whether every value of an interval of average growth meets the claim. */
        boolean holds(Range<BigDecimal> g) {
            if (!g.hasLowerBound()) {
                return false;
            }
            int c = g.lowerEndpoint().compareTo(rate);
            return c > 0 || c == 0 && (inclusive || g.lowerBoundType() == BoundType.OPEN);
        }

        /** Whether no value of an interval of average growth meets the claim. */
        boolean fails(Range<BigDecimal> g) {
            if (!g.hasUpperBound()) {
                return false;
            }
            int c = g.upperEndpoint().compareTo(rate);
            return c < 0 || c == 0 && (!inclusive || g.upperBoundType() == BoundType.OPEN);
        }

        String verdict(Range<BigDecimal> g) {
            return holds(g) ? "claim holds" : fails(g) ? "claim fails" : "not established";
        }
    }

    /**
     * Writes the analysis.
     *
     * @param tracker  the tracker of the Jiangxi dataset, not null
     * @param sources  the folder of source documents, not null
     * @param out  where to write, not null
     */
    static void report(Tracker tracker, Path sources, PrintStream out) {
        TreeMap<Integer, Outcome> years = yearly(tracker.dataset());
        if (years.size() < 2) {
            throw new IllegalStateException("the dataset has fewer than two yearly figures of " + INDICATOR);
        }
        int y0 = years.firstKey();
        int y1 = years.lastKey();
        String lastQuote = years.get(y1).source().flatMap(s -> s.quote()).orElse("");
        String text = NOISE.matcher(read(sources.resolve(BULLETIN))).replaceAll("");
        Optional<BigDecimal> step = step(years);
        Map<Reading, TreeMap<Integer, Range<BigDecimal>>> levels = readings(years);

        out.println("Electronics industry revenue (电子信息产业营业收入), 江西省, " + y0 + "–" + y1);
        out.println("Source: " + BULLETIN + ": " + sentence(text, "产业规模" + y0 + "年"));
        out.println("Arithmetic: exact BigDecimal; quotients and roots to 16 significant digits, lower ends rounded down");
        out.println("and upper ends up, so each interval contains the exact one; percentages rounded outward to 0.1%.");
        out.println();
        out.println("Three readings of the sentence:");
        out.println("  A literal      each figure as the dataset holds it: 突破X says only \"more than X\"");
        out.println("  B milestones   each 突破X is the mark first passed that year, so the year before was at most X");
        out.println("                 (the text says it outright for " + y1 + ": "
                + firstPassed(lastQuote).map(Matcher::group).orElse("-") + ")");
        out.println("  C face value   B, and a year past the next mark of the " + step.map(s -> yi(s)).orElse("(uneven)")
                + " steps would have been reported with it");
        out.println();

        out.println("1. Revenue in 亿元 under each reading");
        out.println("   " + pad("year", 6) + pad("reported", 14) + row(Reading.values(), r -> r.label, 18));
        for (int y : years.keySet()) {
            out.println("   " + pad(String.valueOf(y), 6) + pad(years.get(y).value().toString(), 14)
                    + row(Reading.values(), r -> yiInterval(levels.get(r).get(y)), 18));
        }
        out.println();

        out.println("2. Year-on-year growth");
        List<String> flags = new ArrayList<>();
        for (int y = y0 + 1; y <= y1; y++) {
            int from = y - 1;
            int to = y;
            out.println("   " + pad(from + "→" + to, 20) + row(Reading.values(),
                    r -> percentInterval(growth(levels.get(r).get(from), levels.get(r).get(to), 1)), 18));
            for (Reading r : Reading.values()) {
                Range<BigDecimal> g = growth(levels.get(r).get(from), levels.get(r).get(to), 1);
                if (PositiveIntervals.whollyAtOrAbove(g, PLAUSIBLE_GROWTH)) {
                    flags.add(from + "→" + to + " under reading " + r.label + ": growth " + percentWords(g));
                }
            }
        }
        Range<BigDecimal> lastLiteral = levels.get(Reading.LITERAL).get(y1 - 1);
        out.println("   Under every reading " + (y1 - 1) + "→" + y1 + " growth is "
                + percentWords(growth(lastLiteral, levels.get(Reading.LITERAL).get(y1), 1)) + " ("
                + yi(levels.get(Reading.LITERAL).get(y1).upperEndpoint()) + " ÷ more than "
                + yi(lastLiteral.lowerEndpoint()) + ", less 1);");
        out.println("   the literal figures say nothing of "
                + y0 + "→" + (y0 + 1) + " or " + (y0 + 1) + "→" + (y0 + 2) + ".");
        out.println();

        Optional<Claim> claim = claim(text);
        out.println("3. The claim");
        if (claim.isEmpty()) {
            out.println("   no \"以年均…以上\" claim found in " + BULLETIN);
        } else {
            Claim c = claim.get();
            out.println("   \"" + c.words() + "\" (" + BULLETIN + "): an average of at least "
                    + percent(c.rate(), RoundingMode.HALF_EVEN) + " a year.");
            out.println("   The years are not named (近年来): checked over " + y0 + "→" + y1
                    + ", the years the same sentence gives, and over " + y0 + "→" + (y1 - 1) + ",");
            out.println("   leaving out " + y1 + " in case its scope differs.");
            out.println("   " + pad("average a year", 20) + row(Reading.values(), r -> r.label, 18));
            for (int end : new int[] {y1, y1 - 1}) {
                int last = end;
                out.println("   " + pad(y0 + "→" + last, 20) + row(Reading.values(),
                        r -> percentInterval(growth(levels.get(r).get(y0), levels.get(r).get(last), last - y0)), 18));
                out.println("   " + pad("", 20) + row(Reading.values(),
                        r -> c.verdict(growth(levels.get(r).get(y0), levels.get(r).get(last), last - y0)), 18));
            }
            Range<BigDecimal> all = growth(levels.get(Reading.FACE_VALUE).get(y0), levels.get(Reading.FACE_VALUE).get(y1),
                    y1 - y0);
            Range<BigDecimal> without = growth(levels.get(Reading.FACE_VALUE).get(y0),
                    levels.get(Reading.FACE_VALUE).get(y1 - 1), y1 - 1 - y0);
            out.println("   So: on the literal figures the average " + y0 + "→" + y1 + " is only bounded above ("
                    + percentWords(growth(levels.get(Reading.LITERAL).get(y0), levels.get(Reading.LITERAL).get(y1),
                            y1 - y0)) + ");");
            out.println("   at face value it is " + percentWords(all) + ", and the claim "
                    + (c.holds(all) ? "holds" : "is not established") + ";");
            out.println("   without " + y1 + " it is " + percentWords(without) + " at face value, and the claim "
                    + (c.holds(without) ? "still holds." : "is not established: it rests on the " + y1 + " jump."));
        }
        out.println();

        out.println("4. 口径 check: flag a year-on-year growth when every value it may take is ≥ "
                + percent(PLAUSIBLE_GROWTH, RoundingMode.HALF_EVEN) + " a year");
        if (flags.isEmpty()) {
            out.println("   nothing flagged");
            return;
        }
        for (String f : flags) {
            out.println("   FLAG " + f + ": possible change of statistical scope (口径)");
        }
        Range<BigDecimal> stepC = growth(levels.get(Reading.FACE_VALUE).get(y1 - 1), levels.get(Reading.FACE_VALUE).get(y1), 1);
        Range<BigDecimal> stepB = growth(levels.get(Reading.MILESTONES).get(y1 - 1), levels.get(Reading.MILESTONES).get(y1), 1);
        claim.ifPresent(c -> {
            out.println("   At face value the " + (y1 - 1) + "→" + y1 + " growth is more than "
                    + percent(stepC.lowerEndpoint(), RoundingMode.FLOOR) + ", more than "
                    + stepC.lowerEndpoint().divide(c.rate(), PositiveIntervals.LOWER).setScale(1, RoundingMode.FLOOR)
                            .toPlainString() + " times the claimed average of " + percent(c.rate(), RoundingMode.HALF_EVEN)
                    + ",");
            out.println("   where the earlier years' milestones were " + step.map(s -> yi(s)).orElse("evenly") + " apart.");
        });
        out.println("   It is not proven: under reading B it could be as low as "
                + percent(stepB.lowerEndpoint(), RoundingMode.FLOOR) + " (if " + (y1 - 1) + " was close to "
                + yi(levels.get(Reading.MILESTONES).get(y1 - 1).upperEndpoint()) + ").");
        out.println("   Do not read the " + y1 + " figure as growth until the scope is confirmed: what would settle it is the "
                + y1 + " growth rate");
        out.println("   on a comparable basis (同口径同比增长) from the statistical bulletin, or " + (y1 - 1)
                + " restated in the " + y1 + " scope.");
    }

    private interface Cell {
        String text(Reading r);
    }

    private static String row(Reading[] readings, Cell cell, int width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < readings.length; i++) {
            String t = cell.text(readings[i]);
            b.append(i == readings.length - 1 ? t : pad(t, width));
        }
        return b.toString();
    }

    /** Growth per year from a to b over n years: (b ÷ a)^(1/n) − 1, as an interval. */
    static Range<BigDecimal> growth(Range<BigDecimal> a, Range<BigDecimal> b, int years) {
        return PositiveIntervals.minusOne(PositiveIntervals.root(PositiveIntervals.divide(b, a), years));
    }

    /** The yearly figures of the indicator for the province, the latest publication of each year. */
    static TreeMap<Integer, Outcome> yearly(Dataset dataset) {
        Scope province = Scope.of("region", "江西省");
        TreeMap<Integer, Outcome> years = new TreeMap<>();
        for (Outcome o : dataset.outcomes()) {
            if (o.indicator().equals(INDICATOR) && o.scope().equals(province) && o.period().kind() == Period.Kind.YEAR) {
                years.merge(o.period().first().getYear(), o,
                        (old, now) -> now.published().isBefore(old.published()) ? old : now);
            }
        }
        return years;
    }

    /** The levels of each year under each reading, in 元, intersected with [0, +∞). */
    static Map<Reading, TreeMap<Integer, Range<BigDecimal>>> readings(TreeMap<Integer, Outcome> years) {
        Map<Reading, TreeMap<Integer, Range<BigDecimal>>> m = new EnumMap<>(Reading.class);
        for (Reading r : Reading.values()) {
            m.put(r, new TreeMap<>());
        }
        Optional<BigDecimal> step = step(years);
        for (Map.Entry<Integer, Outcome> e : years.entrySet()) {
            int y = e.getKey();
            Figure value = e.getValue().value();
            Range<BigDecimal> literal = value.range().intersection(Range.atLeast(BigDecimal.ZERO));
            Range<BigDecimal> milestones = literal;
            Range<BigDecimal> face = literal;
            if (value.qualifier() == Qualifier.MORE_THAN) {
                Optional<BigDecimal> next = Optional.ofNullable(years.get(y + 1)).flatMap(o -> mark(o, y + 1));
                if (next.isPresent()) {
                    milestones = literal.intersection(Range.atMost(next.get()));
                    face = milestones;
                }
                if (step.isPresent()) {
                    face = face.intersection(Range.lessThan(value.nominal().add(step.get())));
                }
            }
            m.get(Reading.LITERAL).put(y, literal);
            m.get(Reading.MILESTONES).put(y, milestones);
            m.get(Reading.FACE_VALUE).put(y, face);
        }
        return m;
    }

    /**
     * The mark a year passed for the first time: the number of its "突破X", or of a "首次突破X" for
     * that year in its quote ("2022年首次突破万亿元": a bare 万亿 is one 万亿).
     */
    private static Optional<BigDecimal> mark(Outcome outcome, int year) {
        if (outcome.value().qualifier() == Qualifier.MORE_THAN) {
            return Optional.of(outcome.value().nominal());
        }
        return outcome.source().flatMap(s -> s.quote()).flatMap(ElectronicsTrajectory::firstPassed)
                .filter(m -> Integer.parseInt(m.group(1)) == year)
                .map(m -> Figure.parse(Character.isDigit(m.group(2).charAt(0)) ? m.group(2) : "1" + m.group(2)).nominal());
    }

    private static Optional<Matcher> firstPassed(String quote) {
        Matcher m = FIRST_PASSED.matcher(quote);
        return m.find() ? Optional.of(m) : Optional.empty();
    }

    /** The step between consecutive 突破 marks, when they are evenly spaced (4000, 5000, 6000: 1000亿元). */
    static Optional<BigDecimal> step(TreeMap<Integer, Outcome> years) {
        BigDecimal step = null;
        BigDecimal previous = null;
        for (Outcome o : years.values()) {
            if (o.value().qualifier() != Qualifier.MORE_THAN) {
                continue;
            }
            if (previous != null) {
                BigDecimal d = o.value().nominal().subtract(previous);
                if (d.signum() <= 0 || step != null && d.compareTo(step) != 0) {
                    return Optional.empty();
                }
                step = d;
            }
            previous = o.value().nominal();
        }
        return Optional.ofNullable(step);
    }

    /** Finds "以年均25%以上的…" in the text, with the noise glyphs already removed. */
    static Optional<Claim> claim(String text) {
        Matcher m = CLAIM.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        Figure f = Figure.parse(m.group(1));
        return Optional.of(new Claim(m.group(), f.nominal().movePointLeft(2), f.qualifier() != Qualifier.MORE_THAN));
    }

    /** The sentence (up to 。) of a text that starts with the given words. */
    private static String sentence(String text, String start) {
        int i = text.indexOf(start);
        if (i < 0) {
            return "(sentence not found)";
        }
        int end = text.indexOf('。', i);
        return text.substring(i, end < 0 ? text.length() : end);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
