package dev.attain.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.attain.eval.Evaluation;
import dev.attain.eval.RollUp;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import dev.attain.model.Commitment;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.Period;
import dev.attain.model.Relation;
import dev.attain.model.Scope;
import dev.attain.model.Source;
import dev.attain.model.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the console, Markdown and HTML reports show beside the table of targets, worked out once
 * from a scorecard (and, when given, its dataset): the targets grouped by plan and period, the
 * roll-ups by plan, tag and commitment, and the outcomes that match no target.
 *
 * <p>The rules, each in one place:
 * <ul>
 *   <li><b>Plan</b>: a target's plan is the document its {@link Target#source() source} cites
 *       (targets without a source form one group). A group is one plan and one period. It is
 *       named by the first tag every target of the group shares, if any, then the document and
 *       its date.
 *   <li><b>Order of groups</b>: groups with a shortfall first, then groups with any reported
 *       figure, then groups with none; within each, by period, then by the first target's place
 *       in the scorecard.
 *   <li><b>Order within a group</b>: the targets with data worst first ({@link Status#WORST_FIRST}:
 *       shortfalls first, achieved last), each status in dataset order; the targets with no data
 *       apart, in dataset order, for the renderers to collapse into one line.
 *   <li><b>What was reported</b>: an outcome published by the as-of date {@linkplain #matches
 *       matches} a target when the target's indicators include its indicator, the scopes are
 *       equal and the target's period encloses the outcome's. Of the outcomes that match no
 *       target, the latest of each indicator and scope is shown: the one whose period ends last,
 *       then the one published last.
 *   <li><b>Roll-ups</b> are {@link RollUp}'s: worst status wins; size-weighted attainment (sum
 *       reported ÷ sum required) only where units agree.
 * </ul>
 */
final class Overview {

    /** One plan and period: its targets with data (worst first) and its targets without. */
    record Group(String key, String name, Optional<String> document, Optional<LocalDate> date, Period period,
            ImmutableList<Evaluation> withData, ImmutableList<Evaluation> noData, RollUp rollUp) {

        boolean hasShortfall() {
            return withData.stream().anyMatch(Evaluation::isShortfall);
        }
    }

    /** The latest outcome of one indicator and scope that matches no target, and how many there are. */
    record Reported(Indicator indicator, Outcome latest, int points) {
    }

    private final Scorecard card;
    private final @Nullable Dataset dataset;
    private final ImmutableList<Group> groups;

    private Overview(Scorecard card, @Nullable Dataset dataset) {
        this.card = card;
        this.dataset = dataset;
        this.groups = group(card);
    }

    /**
     * Works out the overview.
     *
     * @param card  the scorecard, not null
     * @param dataset  the dataset the scorecard was evaluated from, for its title and outcomes; null if not given
     */
    static Overview of(Scorecard card, @Nullable Dataset dataset) {
        return new Overview(requireNonNull(card, "card"), dataset);
    }

    Scorecard card() {
        return card;
    }

    Optional<String> title() {
        return dataset == null ? Optional.empty() : dataset.title();
    }

    boolean hasDataset() {
        return dataset != null;
    }

    ImmutableList<Group> groups() {
        return groups;
    }

    /** The number of targets with a reported figure (any status but NO_DATA). */
    int withData() {
        return card.evaluations().size() - card.count(Status.NO_DATA);
    }

    private static ImmutableList<Group> group(Scorecard card) {
        Map<String, List<Evaluation>> byKey = new LinkedHashMap<>();
        for (Evaluation e : card.evaluations()) {
            byKey.computeIfAbsent(key(e.target()), k -> new ArrayList<>()).add(e);
        }
        List<Group> list = new ArrayList<>(byKey.size());
        byKey.forEach((key, evaluations) -> {
            Target first = evaluations.get(0).target();
            List<Evaluation> data = new ArrayList<>();
            List<Evaluation> none = new ArrayList<>();
            for (Evaluation e : evaluations) {
                (e.status() == Status.NO_DATA ? none : data).add(e);
            }
            data.sort(Comparator.comparing(Evaluation::status, Status.WORST_FIRST));
            Optional<String> tag = sharedFirstTag(evaluations);
            Optional<String> document = first.source().map(Source::document);
            String name = tag.orElse(document.orElse(""));
            list.add(new Group(key, name, document, first.source().flatMap(Source::date), first.period(),
                    ImmutableList.copyOf(data), ImmutableList.copyOf(none), RollUp.of(name.isEmpty() ? key : name,
                            evaluations)));
        });
        List<Group> ordered = new ArrayList<>(list);
        ordered.sort(Comparator.comparingInt((Group g) -> g.hasShortfall() ? 0 : g.withData().isEmpty() ? 2 : 1)
                .thenComparing(Group::period));
        return ImmutableList.copyOf(ordered);
    }

    private static String key(Target t) {
        String doc = t.source().map(s -> s.document() + "\u0000" + s.date().map(LocalDate::toString).orElse(""))
                .orElse("");
        return doc + "\u0000" + t.period();
    }

    private static Optional<String> sharedFirstTag(List<Evaluation> evaluations) {
        java.util.Iterator<String> tags = evaluations.get(0).target().tags().iterator();
        if (!tags.hasNext()) {
            return Optional.empty();
        }
        String tag = tags.next();
        for (Evaluation e : evaluations) {
            if (!e.target().tags().contains(tag)) {
                return Optional.empty();
            }
        }
        return Optional.of(tag);
    }

    /** The roll-ups by plan and period, in the order of {@link #groups()}. */
    ImmutableMap<String, RollUp> byPlan() {
        ImmutableMap.Builder<String, RollUp> b = ImmutableMap.builder();
        for (Group g : groups) {
            b.put(g.key(), g.rollUp());
        }
        return b.buildOrThrow();
    }

    /** The roll-ups by tag (a target's own tags and its indicators'), in the order tags are first met. */
    ImmutableMap<String, RollUp> byTag() {
        return card.byTag();
    }

    /** The roll-ups by commitment (binding, expected, stretch), in that order. */
    ImmutableMap<Commitment, RollUp> byCommitment() {
        Map<Commitment, List<Evaluation>> by = new LinkedHashMap<>();
        for (Commitment c : Commitment.values()) {
            for (Evaluation e : card.evaluations()) {
                if (e.target().commitment() == c) {
                    by.computeIfAbsent(c, k -> new ArrayList<>()).add(e);
                }
            }
        }
        ImmutableMap.Builder<Commitment, RollUp> b = ImmutableMap.builder();
        by.forEach((c, list) -> b.put(c, RollUp.of(c.name(), list)));
        return b.buildOrThrow();
    }

    /**
     * Tells whether a target asks for an outcome: the scopes are equal, and either the target's
     * indicators include the outcome's and the target's period encloses the outcome's, or the
     * outcome is what the target's relative requirement is measured against (its indicator over
     * the earlier period of a change; the other indicator over the target's period of a
     * comparison).
     */
    static boolean matches(Target t, Outcome o) {
        if (!t.scope().equals(o.scope())) {
            return false;
        }
        if (t.indicators().contains(o.indicator()) && t.period().encloses(o.period())) {
            return true;
        }
        if (t.relation().isEmpty()) {
            return false;
        }
        Relation r = t.relation().get();
        return r.other().isPresent() ? r.other().get().equals(o.indicator()) && t.period().encloses(o.period())
                : t.indicators().contains(o.indicator()) && r.earlierThan(t.period()).encloses(o.period());
    }

    /**
     * The outcomes published by the as-of date that match no target of the dataset and that no
     * verdict used (the totals an increment was derived from count as used), the latest
     * of each indicator and scope, in the order of the indicators in the dataset; empty without
     * a dataset.
     */
    ImmutableList<Reported> reported() {
        if (dataset == null) {
            return ImmutableList.of();
        }
        Map<String, Map<Scope, List<Outcome>>> byIndicator = new LinkedHashMap<>();
        for (Indicator i : dataset.indicators()) {
            byIndicator.put(i.id(), new LinkedHashMap<>());
        }
        Set<Outcome> used = new HashSet<>(); // what a verdict used: an increment's totals, a relative target's reference
        for (Evaluation e : card.evaluations()) {
            used.addAll(e.outcomes());
            e.parts().forEach(p -> used.addAll(p.outcomes()));
        }
        for (Outcome o : dataset.outcomes()) {
            if (o.published().isAfter(card.asOf()) || used.contains(o)
                    || dataset.targets().stream().anyMatch(t -> matches(t, o))) {
                continue;
            }
            byIndicator.get(o.indicator()).computeIfAbsent(o.scope(), k -> new ArrayList<>()).add(o);
        }
        Map<String, Indicator> indicators = dataset.indicatorsById();
        ImmutableList.Builder<Reported> b = ImmutableList.builder();
        Comparator<Outcome> latest = Comparator.comparing((Outcome o) -> o.period().end())
                .thenComparing(Outcome::published);
        byIndicator.forEach((id, scopes) -> scopes.values().forEach(list ->
                b.add(new Reported(indicators.get(id), list.stream().max(latest).orElseThrow(), list.size()))));
        return b.build();
    }

    // ------------------------------------------------------------------ texts shared by the renderers

    /** The statuses in the order reports count them: worst first, NO_DATA last. */
    static List<Status> countOrder() {
        List<Status> order = new ArrayList<>(ConsoleReport.worstFirst());
        order.remove(Status.NO_DATA);
        order.add(Status.NO_DATA);
        return order;
    }

    /** The counts above zero, worst first and no data last, each as its sign and number: "✗1 ✓12 -45". */
    static String compactCounts(Map<Status, Integer> counts) {
        StringBuilder b = new StringBuilder();
        for (Status s : countOrder()) {
            int n = counts.getOrDefault(s, 0);
            if (n > 0) {
                b.append(b.length() == 0 ? "" : " ").append(Labels.sign(s)).append(n);
            }
        }
        return b.toString();
    }

    /** The counts above zero of the statuses other than NO_DATA, worst first, in words: "✗ 未完成 1、✓ 已完成 12". */
    static String countsInWords(Map<Status, Integer> counts, Labels labels) {
        List<String> parts = new ArrayList<>();
        for (Status s : countOrder()) {
            int n = counts.getOrDefault(s, 0);
            if (n > 0 && s != Status.NO_DATA) {
                parts.add(labels.status(s) + " " + n);
            }
        }
        return String.join(labels.listSeparator(), parts);
    }

    /** A group's name with its document, date and period: "2020年工作要点 · 003.txt（2020-04-07）· 2020". */
    static String heading(Group g, Labels labels) {
        StringBuilder b = new StringBuilder(g.name().isEmpty() ? labels.noPlan() : g.name());
        if (g.document().isPresent() && !g.document().get().equals(g.name())) {
            b.append(" · ").append(g.document().get());
        }
        g.date().ifPresent(d -> b.append(labels.chinese() ? "（" + d + "）" : " (" + d + ")"));
        b.append(" · ").append(g.period());
        return b.toString();
    }

    /**
     * A group's short name for a roll-up row: its name and period, "2020年工作要点 · 2020", with
     * the document's date when another group has the same name and period.
     */
    String shortName(Group g, Labels labels) {
        String name = g.name().isEmpty() ? labels.noPlan() : g.name();
        boolean clash = groups.stream().anyMatch(o -> o != g && o.name().equals(g.name()) && o.period().equals(g.period()));
        if (clash && g.date().isPresent()) {
            name += labels.chinese() ? "（" + g.date().get() + "）" : " (" + g.date().get() + ")";
        }
        return name + " · " + g.period();
    }

    /** The names of a group's targets without data, with their period where it is not the group's. */
    static List<String> names(List<Evaluation> evaluations, Cells cells) {
        List<String> names = new ArrayList<>(evaluations.size());
        for (Evaluation e : evaluations) {
            names.add(cells.indicators(e));
        }
        return names;
    }

    /** The tags none of whose targets has a reported figure, in the order tags are first met. */
    List<String> tagsWithoutData() {
        List<String> tags = new ArrayList<>();
        byTag().forEach((tag, r) -> {
            if (r.count(Status.NO_DATA) == r.evaluations().size()) {
                tags.add(tag);
            }
        });
        return tags;
    }

    /** The size-weighted attainment of a roll-up as text; "单位不一" where units differ, "-" where none has one. */
    static String sizeWeighted(RollUp r, Labels labels) {
        if (r.sizeWeighted().isPresent()) {
            return Cells.percents(r.sizeWeighted().get());
        }
        return r.evaluations().stream().anyMatch(e -> e.attainment().isPresent()) ? labels.unitsDiffer()
                : labels.noValue();
    }

    /** The closing summary, computed from the scorecard: counts, the shortfalls by name, what else was reported. */
    String closing(Labels labels, Cells cells) {
        int n = card.evaluations().size();
        StringBuilder b = new StringBuilder(labels.closing(card.asOf(), n, withData(), countsInWords(card.counts(), labels),
                card.count(Status.NO_DATA)));
        List<String> shortfalls = new ArrayList<>();
        for (Evaluation e : card.shortfalls()) {
            shortfalls.add(cells.indicators(e) + (labels.chinese() ? "（" + e.target().period() + "）"
                    : " (" + e.target().period() + ")"));
        }
        b.append(labels.chinese() ? "" : " ").append(shortfalls.isEmpty() ? labels.closingNoShortfalls()
                : labels.closingShortfalls(String.join(labels.listSeparator(), shortfalls)));
        int reported = reported().size();
        if (reported > 0) {
            b.append(labels.chinese() ? "" : " ").append(labels.closingReported(reported));
        }
        return b.toString();
    }

    /** An outcome's scope beyond its region, for a column: "江铜集团", "" when it is only a region. */
    static String scope(Outcome o) {
        List<String> parts = new ArrayList<>();
        o.scope().entries().forEach((k, v) -> {
            if (!k.equals("region")) {
                parts.add(v);
            }
        });
        return String.join(" ", parts);
    }
}
