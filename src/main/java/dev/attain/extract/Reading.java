package dev.attain.extract;

import dev.attain.model.Commitment;
import dev.attain.model.Period;
import dev.attain.quantity.Tolerance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One reading of one text: the rules that attach each figure to its period, indicator, kind and
 * commitment, and decide whether it is a target, an outcome, or neither (and why). Used once.
 */
final class Reading {

    private static final String SENTENCE_ENDS = Words.SENTENCE_ENDS;
    private static final String ITEM_BREAKS = Words.ITEM_BREAKS;

    private final CleanText t;
    private final LocalDate published;
    private final Tolerance tolerance;
    private final Namer namer;
    private final List<TimeReader.Time> times;
    private final boolean[] inTime;
    private final List<Hit> hits;
    private final int docYear;
    private final boolean planDocument;

    private final List<TargetCandidate> targets = new ArrayList<>();
    private final List<OutcomeCandidate> outcomes = new ArrayList<>();
    private final List<Unresolved> unresolved = new ArrayList<>();
    private final List<PeriodMention> mentions = new ArrayList<>();
    /** Kept candidates by indicator, period and phrase: the first of each, for REPEATED. */
    private final Map<String, Integer> seen = new HashMap<>();

    /** The context of the paragraph being read: its first and its latest time expression. */
    private Period paragraphFirst;
    private Period paragraphLast;
    private Period section;

    Reading(String text, LocalDate published, Tolerance tolerance) {
        this.t = CleanText.of(text);
        this.published = published;
        this.tolerance = tolerance;
        this.times = TimeReader.read(t);
        this.inTime = new boolean[t.length() + 1];
        for (TimeReader.Time time : times) {
            for (int k = time.start(); k < time.end(); k++) {
                inTime[k] = true;
            }
        }
        List<Hit> found = new ArrayList<>(FigureFinder.find(t, inTime, tolerance));
        boolean[] taken = inTime.clone();
        for (Hit h : found) {
            for (int k = h.start; k < h.end; k++) {
                taken[k] = true;
            }
        }
        found.addAll(WordForms.find(t, taken));
        found.sort((a, b) -> Integer.compare(a.start, b.start));
        this.hits = found;
        String head = t.substring(0, Math.min(t.length(), 400));
        this.planDocument = Words.containsAny(head, Words.PLAN_TITLE);
        this.docYear = documentYear();
        this.namer = new Namer(t, inTime, times, tolerance);
    }

    /**
     * The year a document is about where its text leaves the year out: the first year its title
     * and opening name; else, for a report published in the first half of a year (a 统计公报 that
     * says 全年 and 比上年 but no year), the year before; else the year of publication.
     */
    private int documentYear() {
        for (TimeReader.Time time : times) {
            if (time.start() > 600) {
                break;
            }
            if (time.year() != 0 && !time.base()) {
                return time.year();
            }
        }
        String all = new String(t.chars(), 0, t.length());
        int reports = count(all, "比上年") + count(all, "初步核算") + count(all, "上年末");
        int plans = 0;
        for (String w : Words.STRETCH) {
            plans += count(all, w);
        }
        plans += count(all, "目标") + count(all, "确保");
        boolean report = !planDocument && reports >= 2 && reports > plans;
        return report && published.getMonthValue() <= 6 ? published.getYear() - 1 : published.getYear();
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + word.length())) {
            n++;
        }
        return n;
    }

    Extraction run() {
        int ti = 0;
        int hi = 0;
        int p = 0;
        while (p < t.length()) {
            int pe = indexOf('\n', p);
            paragraphFirst = null;
            paragraphLast = null;
            boolean heading = pe - p < 30;
            int s = p;
            while (s < pe) {
                int se = sentenceEnd(s, pe);
                int tEnd = ti;
                while (tEnd < times.size() && times.get(tEnd).start() < se) {
                    tEnd++;
                }
                int hEnd = hi;
                while (hEnd < hits.size() && hits.get(hEnd).start < se) {
                    hEnd++;
                }
                if (Words.ENUMERATION.matcher(t.substring(s, Math.min(se, s + 12))).lookingAt()) {
                    paragraphLast = paragraphFirst;
                }
                sentence(s, se, times.subList(ti, tEnd), hits.subList(hi, hEnd));
                if (heading && hEnd == hi && tEnd > ti) {
                    section = paragraphLast;
                }
                ti = tEnd;
                hi = hEnd;
                s = se;
            }
            p = pe + 1;
        }
        return new Extraction(t.original(), published, targets, outcomes, unresolved, mentions);
    }

    private int indexOf(char c, int from) {
        for (int k = from; k < t.length(); k++) {
            if (t.charAt(k) == c) {
                return k;
            }
        }
        return t.length();
    }

    private int sentenceEnd(int s, int limit) {
        for (int k = s; k < limit; k++) {
            if (SENTENCE_ENDS.indexOf(t.charAt(k)) >= 0) {
                return k + 1;
            }
        }
        return limit;
    }

    private Period context() {
        return paragraphLast != null ? paragraphLast : section != null ? section : Period.ofYear(docYear);
    }

    private int contextYear() {
        return context().last().getYear();
    }


    private void sentence(int s, int se, List<TimeReader.Time> sentenceTimes, List<Hit> sentenceHits) {
        String sentence = t.originalOf(s, se).strip();
        List<Period> periods = new ArrayList<>();
        for (TimeReader.Time time : sentenceTimes) {
            Period period = resolve(time);
            periods.add(time.base() ? null : period);
            if (period != null) {
                mentions.add(new PeriodMention(t.originalOf(time.start(), time.end()), t.start(time.start()),
                        t.end(time.end()), period));
            }
        }
        namer.markPartsOfNames(s, se, sentenceHits);
        Map<Hit, Namer.Given> distributed = namer.distribute(s, se, sentenceHits);
        List<Named> named = new ArrayList<>();
        Named previous = null;
        for (Hit h : sentenceHits) {
            if (!h.isFigure()) {
                continue;
            }
            Period period = periodAt(h.start, sentenceTimes, periods);
            if (t.startsWith("的年度目标", h.end) || t.startsWith("的全年目标", h.end)) {
                period = Period.ofYear(period.last().getYear()); // "确保完成…增长6%的年度目标": the year's
            }
            List<Named> these = namer.name(h, s, previous, named, distributed.get(h), period);
            named.addAll(these);
            if (!these.isEmpty()) {
                previous = these.get(these.size() - 1);
            }
        }
        for (TimeReader.Time time : sentenceTimes) {
            Period period = time.base() ? null : resolve(time);
            if (period != null) {
                paragraphLast = period;
                if (paragraphFirst == null) {
                    paragraphFirst = period;
                }
            }
        }
        supersede(named);
        for (Hit h : sentenceHits) {
            if (!h.isFigure()) {
                unresolved.add(new Unresolved(t.originalOf(h.start, h.end), t.start(h.start), t.end(h.end), sentence,
                        h.why, h.detail));
            }
        }
        for (Named n : named) {
            if (n.hit().isFigure()) {
                emit(n, s, sentence);
            }
        }
        for (Hit h : sentenceHits) {
            if (h.isFigure() && named.stream().noneMatch(n -> n.hit() == h)) {
                unresolved.add(new Unresolved(t.originalOf(h.start, h.end), t.start(h.start), t.end(h.end), sentence,
                        Unresolved.Why.NO_INDICATOR, "no indicator named before or after the figure"));
            }
        }
    }

    private Period resolve(TimeReader.Time time) {
        try {
            return time.resolve(time.anchored() ? time.year() : contextYear(), published);
        } catch (RuntimeException e) {
            return null; // a month or quarter that is no date ("13月"): not a period
        }
    }

    /**
     * The period of a figure: the nearest time expression before it in its sentence, or the
     * paragraph's, the section's or the document's. A bare year that only repeats the year of a more
     * precise context ("上半年，…举办2021年中国商飞…大会…8场") leaves the context's period.
     */
    private Period periodAt(int at, List<TimeReader.Time> sentenceTimes, List<Period> periods) {
        Period context = context();
        Period sentenceFirst = null;
        for (int k = 0; k < sentenceTimes.size(); k++) {
            if (periods.get(k) != null && sentenceTimes.get(k).end() <= at) {
                sentenceFirst = periods.get(k);
                break;
            }
        }
        for (int k = sentenceTimes.size() - 1; k >= 0; k--) {
            Period p = periods.get(k);
            if (sentenceTimes.get(k).end() <= at && p != null) {
                Period specific = sentenceFirst != null && sentenceFirst != p ? sentenceFirst : context;
                if (sentenceTimes.get(k).form() == TimeReader.Form.YEAR && sentenceTimes.get(k).year() != 0
                        && p.months() == 12
                        && specific.months() < 12 && specific.first().getYear() == p.first().getYear()) {
                    return specific;
                }
                return p;
            }
        }
        return context;
    }

    /** A wider figure beside a narrower one for the same indicator and period yields to it. */
    private void supersede(List<Named> named) {
        for (Named a : named) {
            for (Named b : named) {
                if (a != b && a.hit() != b.hit() && a.hit().isFigure() && b.hit().isFigure() && a.name().equals(b.name())
                        && !tiers(a.hit(), b.hit())
                        && a.period().equals(b.period()) && a.kind() == b.kind()
                        && a.hit().figure.unit().equals(b.hit().figure.unit())
                        && !a.hit().figure.equals(b.hit().figure)
                        && a.hit().figure.range().encloses(b.hit().figure.range())) {
                    a.hit().reject(Unresolved.Why.SUPERSEDED, "the narrower " + b.hit().figure + " for the same indicator follows");
                }
            }
        }
    }

    /** Two figures of one indicator with 力争 between them are a floor and a stretch: "增长6.5%以上，力争7%". */
    private boolean tiers(Hit a, Hit b) {
        int from = Math.min(a.end, b.end);
        int to = Math.max(a.start, b.start);
        return from < to && Words.containsAny(t.substring(from, to), Words.STRETCH);
    }

    private void emit(Named n, int s, String sentence) {
        Hit h = n.hit();
        String phrase = t.originalOf(h.start, h.end);
        int start = t.start(h.start);
        int end = t.end(h.end);
        String key = n.name() + "|" + n.period() + "|" + h.figure + "|" + n.kind();
        if (seen.containsKey(key) && seen.get(key) != start) {
            unresolved.add(new Unresolved(phrase, start, end, sentence, Unresolved.Why.REPEATED,
                    "repeats the figure at character " + seen.get(key)));
            return;
        }
        seen.put(key, start);
        String before = t.substring(s, h.start);
        int scope = Math.max(before.lastIndexOf('；'), before.lastIndexOf(';'));
        String governing = before.substring(scope + 1);
        Optional<String> reference = h.reference != null ? Optional.of(h.reference)
                : reference(before + t.substring(h.start, h.end));
        boolean over = n.period().end().isBefore(published);
        boolean plan = Words.containsAny(governing, Words.PLAN) && !governing.contains("将近");
        boolean reported = Words.containsAny(governing, Words.REPORTED);
        // a period not yet over cannot have its figure reported, unless the text says it reports a
        // running figure (以来, 截至, 累计完成); a period over is reported, unless a goal is set for it
        boolean future = n.period().end().getYear() > published.getYear() && !governing.contains("以来");
        boolean target = over ? plan && !reported && Words.containsAny(governing, Words.STRETCH)
                : future || !reported || plan && (planDocument || n.period().start().isAfter(published));
        if (!target && h.kind == FigureKind.SIGN) {
            unresolved.add(new Unresolved(phrase, start, end, sentence, Unresolved.Why.NOT_A_STATISTIC,
                    "a word of a trend in a report, not a figure: " + phrase));
            return;
        }
        if (target) {
            Commitment commitment = Words.containsAny(governing, Words.STRETCH) ? Commitment.STRETCH
                    : Words.containsAny(governing + after(h.end), Words.BINDING) ? Commitment.BINDING : Commitment.EXPECTED;
            targets.add(new TargetCandidate(n.name(), n.parts(), n.combination(), n.period(), h.figure, phrase, start, end,
                    sentence, commitment, Words.containsAny(governing, Words.FLOOR), n.kind(), reference));
        } else {
            outcomes.add(new OutcomeCandidate(n.name(), n.parts(), n.combination(), n.period(), h.figure, phrase, start, end,
                    sentence, n.kind(), reference, published));
        }
    }

    /** The words after a figure up to the end of its item: "下降4%（约束性）". */
    private String after(int at) {
        int k = at;
        while (k < t.length() && ITEM_BREAKS.indexOf(t.charAt(k)) < 0 && SENTENCE_ENDS.indexOf(t.charAt(k)) < 0) {
            k++;
        }
        return t.substring(at, k);
    }

    private static Optional<String> reference(String text) {
        for (String w : List.of("比上年同期", "上年同期", "比上年", "较上年", "比去年", "全国平均水平", "同比")) {
            if (text.contains(w)) {
                return Optional.of(w.startsWith("比") || w.startsWith("较") ? w.substring(1) : w);
            }
        }
        return Optional.empty();
    }
}
