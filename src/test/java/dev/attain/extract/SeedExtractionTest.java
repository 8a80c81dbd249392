package dev.attain.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.io.Datasets;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.Period;
import dev.attain.model.Scope;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five seed documents against the hand-made gold, {@code examples/data/jiangxi/jiangxi.json}.
 *
 * <p>A candidate counts for a gold record when its period equals the gold's, its figure equals the
 * gold's figure, its phrase stands in the gold's quote, and its indicator names the gold indicator
 * by {@link NameMatch} (the rule a dataset draft matches indicators by: names made alike share half
 * their character pairs, or the one's distinctive words stand in the other), or names the gold's
 * scope (a sector, an enterprise: the gold keeps part of a name there, as in "战略性新兴产业" with
 * the indicator "规模以上工业增加值增长率").
 * Every gold record and every candidate is matched at most once. Changes of rank ("比上年前移49位")
 * have no form in the gold dataset, which has no model for them yet (the target-forms issue): they
 * are candidates, but left out of the precision count.
 */
class SeedExtractionTest {

    static final Path SOURCES = Path.of("examples/data/sources");
    static final Map<String, LocalDate> DATES = new LinkedHashMap<>();

    static {
        DATES.put("003_e4ac14dd2e8239c0.txt", LocalDate.of(2020, 4, 7));
        DATES.put("001_a4206e351c277bd7.txt", LocalDate.of(2022, 1, 18));
        DATES.put("002_957c925e5307aa20.txt", LocalDate.of(2023, 2, 1));
        DATES.put("004_4e4236237d7d0a03.txt", LocalDate.of(2021, 7, 26));
        DATES.put("000_e3064f8b228f1c7d.txt", LocalDate.of(2022, 1, 31));
    }

    static Dataset gold;
    static final Map<String, Extraction> EXTRACTIONS = new LinkedHashMap<>();

    @BeforeAll
    static void read() throws IOException {
        gold = Datasets.read(Path.of("examples/data/jiangxi/jiangxi.json"));
        for (Map.Entry<String, LocalDate> e : DATES.entrySet()) {
            String text = Files.readString(SOURCES.resolve(e.getKey()));
            EXTRACTIONS.put(e.getKey(), Extractor.defaults().extract(text, e.getValue()));
        }
    }

    /** One gold record, target or outcome, as the matcher sees it. */
    record Gold(String document, Period period, Figure figure, String quote, List<String> names, Scope scope) {
    }

    /** One candidate, target or outcome, as the matcher sees it. */
    record Found(String document, Period period, Figure figure, String phrase, String indicator, List<String> parts) {
    }

    @Test
    void test_targets_recallAtLeast95_precisionAtLeast90() {
        List<Gold> golds = new ArrayList<>();
        for (Target t : gold.targets()) {
            golds.add(new Gold(t.source().orElseThrow().document(), t.period(), t.requirement(),
                    t.source().orElseThrow().quote().orElseThrow(), names(t.indicators()), t.scope()));
        }
        List<Found> found = new ArrayList<>();
        EXTRACTIONS.forEach((doc, x) -> x.targets().stream().filter(c -> c.kind() != FigureKind.RANK_CHANGE)
                .forEach(c -> found.add(new Found(doc, c.period(), c.requirement(), c.phrase(), c.indicator(), c.parts()))));
        double[] rp = score("targets", golds, found);
        assertThat(rp[0]).as("target recall").isGreaterThanOrEqualTo(0.95);
        assertThat(rp[1]).as("target precision").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void test_outcomes_recallAtLeast90_precisionAtLeast90() {
        List<Gold> golds = new ArrayList<>();
        for (Outcome o : gold.outcomes()) {
            golds.add(new Gold(o.source().orElseThrow().document(), o.period(), o.value(),
                    o.source().orElseThrow().quote().orElseThrow(), names(List.of(o.indicator())), o.scope()));
        }
        List<Found> found = new ArrayList<>();
        EXTRACTIONS.forEach((doc, x) -> x.outcomes().stream().filter(c -> c.kind() != FigureKind.RANK_CHANGE)
                .forEach(c -> found.add(new Found(doc, c.period(), c.value(), c.phrase(), c.indicator(), c.parts()))));
        double[] rp = score("outcomes", golds, found);
        assertThat(rp[0]).as("outcome recall").isGreaterThanOrEqualTo(0.90);
        assertThat(rp[1]).as("outcome precision").isGreaterThanOrEqualTo(0.90);
    }

    /** Every run of digits outside a time expression is in a target, an outcome or an unresolved figure. */
    @Test
    void test_unresolved_isComplete_noDigitIsLost() {
        EXTRACTIONS.forEach((doc, x) -> {
            boolean[] covered = new boolean[x.text().length()];
            x.periods().forEach(p -> mark(covered, p.start(), p.end()));
            x.targets().forEach(c -> mark(covered, c.start(), c.end()));
            x.outcomes().forEach(c -> mark(covered, c.start(), c.end()));
            x.unresolved().forEach(u -> mark(covered, u.start(), u.end()));
            String text = x.text();
            List<String> lost = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                if (FigureFinder.isDigit(text.charAt(i)) && !covered[i]) {
                    lost.add(i + ": …" + text.substring(Math.max(0, i - 8), Math.min(text.length(), i + 8)) + "…");
                }
            }
            assertThat(lost).as("digits of %s in no candidate, unresolved figure or period", doc).isEmpty();
        });
    }

    /** Every phrase and period mention cites the document's own characters. */
    @Test
    void test_phrases_areTheDocumentsCharacters() {
        EXTRACTIONS.forEach((doc, x) -> {
            x.targets().forEach(c -> assertThat(x.text().substring(c.start(), c.end())).isEqualTo(c.phrase()));
            x.outcomes().forEach(c -> assertThat(x.text().substring(c.start(), c.end())).isEqualTo(c.phrase()));
            x.unresolved().forEach(u -> assertThat(x.text().substring(u.start(), u.end())).isEqualTo(u.phrase()));
            x.periods().forEach(p -> assertThat(x.text().substring(p.start(), p.end())).isEqualTo(p.text()));
        });
    }

    private static void mark(boolean[] covered, int a, int b) {
        for (int k = a; k < b; k++) {
            covered[k] = true;
        }
    }

    private static List<String> names(List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            out.add(gold.indicator(id).map(Indicator::name).orElseThrow());
        }
        return out;
    }

    private static double[] score(String what, List<Gold> golds, List<Found> found) {
        Set<Found> used = new HashSet<>();
        List<Gold> missed = new ArrayList<>();
        int hit = 0;
        for (Gold g : golds) {
            Found match = null;
            for (Found f : found) {
                if (!used.contains(f) && matches(g, f)) {
                    match = f;
                    break;
                }
            }
            if (match != null) {
                used.add(match);
                hit++;
            } else {
                missed.add(g);
            }
        }
        double recall = (double) hit / golds.size();
        double precision = found.isEmpty() ? 0 : (double) used.size() / found.size();
        System.out.printf("%s: recall %d/%d = %.1f%%, precision %d/%d = %.1f%%%n", what, hit, golds.size(),
                100 * recall, used.size(), found.size(), 100 * precision);
        missed.forEach(g -> System.out.println("  missed: " + g.document().substring(0, 3) + " " + g.period() + " "
                + g.names() + " " + g.figure() + " «" + g.quote() + "»"));
        found.stream().filter(f -> !used.contains(f)).forEach(f -> System.out.println("  extra: "
                + f.document().substring(0, 3) + " " + f.period() + " " + f.indicator() + " " + f.figure()));
        return new double[] {recall, precision};
    }

    static boolean matches(Gold g, Found f) {
        if (!g.document().equals(f.document()) || !g.period().equals(f.period()) || !g.figure().equals(f.figure())) {
            return false;
        }
        String phrase = clean(f.phrase());
        if (!clean(g.quote()).contains(phrase)) {
            return false;
        }
        for (String name : g.names()) {
            boolean named = names(f.indicator(), name, g.scope());
            for (String part : f.parts()) {
                named |= names(part, name, g.scope());
            }
            if (!named) {
                return false;
            }
        }
        return true;
    }

    private static String clean(String s) {
        return s.replaceAll("[\\s◆■★]", "");
    }

    static boolean names(String candidate, String goldName, Scope scope) {
        if (NameMatch.matches(candidate, goldName)) {
            return true;
        }
        String a = NameMatch.normal(candidate);
        for (Map.Entry<String, String> e : scope.entries().entrySet()) {
            if (!e.getKey().equals("region") && a.contains(NameMatch.normal(e.getValue()))) {
                return true;
            }
        }
        return false;
    }
}
