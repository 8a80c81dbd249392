package dev.attain.io;

import dev.attain.io.Draft.FigureAt;
import dev.attain.io.Draft.IndicatorDraft;
import dev.attain.io.Draft.OutcomeDraft;
import dev.attain.io.Draft.Ref;
import dev.attain.io.Draft.TargetDraft;
import dev.attain.model.Aggregation;
import dev.attain.model.Baseline;
import dev.attain.model.Commitment;
import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.model.Outcome;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.PaceModel;
import dev.attain.model.Period;
import dev.attain.model.Polarity;
import dev.attain.model.Quota;
import dev.attain.model.Relation;
import dev.attain.model.Scope;
import dev.attain.model.Sides;
import dev.attain.model.Source;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Binds located trees to drafts of model records, reporting every problem a record has on its
 * own: the checks that need the other records (duplicate ids, references, units against the
 * indicator's) are the {@link Assembler}'s.
 */
final class Binder {

    static final List<String> TOP_FIELDS = List.of("title", "indicators", "targets", "outcomes");
    static final List<String> INDICATOR_FIELDS = List.of("id", "name", "nameEn", "unit", "measure", "polarity",
            "nonNegative", "tags", "total");
    static final List<String> TARGET_FIELDS = List.of("id", "indicator", "indicators", "scope", "period",
            "requirement", "floor", "stretch", "baseline", "commitment", "pace", "schedule", "schedulePartial", "weight",
            "tags", "source", "of", "sides", "change", "comparedWith");
    static final List<String> OUTCOME_FIELDS = List.of("indicator", "scope", "period", "value", "published",
            "status", "source");
    static final List<String> BASELINE_FIELDS = List.of("period", "value");
    static final List<String> QUOTA_FIELDS = List.of("period", "share");

    /** Receives what a document holds. */
    interface Sink {
        void indicator(IndicatorDraft draft);

        void target(TargetDraft draft);

        void outcome(OutcomeDraft draft);

        /** The dataset's title, as the file gives it. */
        void title(String file, Loc loc, String title);

        /** A part of the file that could not be read as records. */
        void unreadable(String file, Loc loc, String record, @Nullable String field, String message);
    }

    private final BindContext ctx;

    Binder(BindContext ctx) {
        this.ctx = ctx;
    }

    /** Binds a whole dataset document. */
    void document(Node root, Sink sink) {
        String file = ctx.file();
        if (!(root instanceof Node.Obj obj)) {
            sink.unreadable(file, root.loc(), "file", null, "expected an object with the fields indicators, targets"
                    + " and outcomes, found " + root.kind());
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Node.Member m : obj.members()) {
            if (!seen.add(m.name())) {
                sink.unreadable(file, m.loc(), m.name(), m.name(), "field given twice; only the first is read");
                continue;
            }
            if (!TOP_FIELDS.contains(m.name())) {
                sink.unreadable(file, m.loc(), m.name(), m.name(), "unknown field." + MessageText.suggestion(m.name(), TOP_FIELDS)
                        + " Known fields: title, indicators, targets, outcomes.");
                continue;
            }
            Node v = m.value();
            if (v instanceof Node.Val val && val.isNull()) {
                continue;
            }
            if (m.name().equals("title")) {
                if (v instanceof Node.Val val && val.isString() && !val.text().isBlank()) {
                    sink.title(file, v.loc(), val.text());
                } else {
                    sink.unreadable(file, v.loc(), "title", "title", "expected a text naming the dataset, such as"
                            + " \"江西省工业规划目标与完成情况\", found " + (v instanceof Node.Val val && val.isString()
                            ? "a blank text" : v.kind()));
                }
                continue;
            }
            if (!(v instanceof Node.Arr arr)) {
                sink.unreadable(file, v.loc(), m.name(), m.name(), "expected an array, found " + v.kind());
                continue;
            }
            for (int i = 0; i < arr.items().size(); i++) {
                Node item = arr.items().get(i);
                switch (m.name()) {
                    case "indicators":
                        sink.indicator(indicator(item, i));
                        break;
                    case "targets":
                        sink.target(target(item, i));
                        break;
                    default:
                        sink.outcome(outcome(item, i));
                        break;
                }
            }
        }
    }

    /**
     * Refuses every text of a record, names included, that holds a lone surrogate: such text is
     * not Unicode, cannot be written as JSON and would be changed when written as YAML.
     */
    private static void surrogates(Draft d, Node n, String path) {
        if (n instanceof Node.Obj o) {
            for (Node.Member m : o.members()) {
                String field = path.isEmpty() ? m.name() : path + "." + m.name();
                loneSurrogate(d, m.name(), m.loc(), field, "the field's name");
                surrogates(d, m.value(), field);
            }
        } else if (n instanceof Node.Arr a) {
            for (int i = 0; i < a.items().size(); i++) {
                surrogates(d, a.items().get(i), path + "[" + i + "]");
            }
        } else if (n instanceof Node.Val v && v.isString()) {
            loneSurrogate(d, v.text(), v.loc(), path, "the text");
        }
    }

    private static void loneSurrogate(Draft d, String text, Loc loc, String field, String what) {
        int at = MessageText.loneSurrogate(text);
        if (at >= 0) {
            d.problem(loc, field.isEmpty() ? null : field, what + " holds a lone surrogate (U+"
                    + Integer.toHexString(text.charAt(at)).toUpperCase(java.util.Locale.ROOT) + " at character "
                    + (at + 1) + "), which is not a Unicode character: write the character whole or leave it out");
        }
    }

    private static Node.@Nullable Obj object(Draft d, Node n) {
        if (n instanceof Node.Obj o) {
            return o;
        }
        d.problem(n.loc(), null, "expected an object, found " + n.kind());
        return null;
    }

    IndicatorDraft indicator(Node n, int index) {
        IndicatorDraft d = new IndicatorDraft(ctx.file(), n.loc(), index);
        Node.Obj o = object(d, n);
        if (o == null) {
            return d;
        }
        surrogates(d, o, "");
        Fields f = new Fields(d, o, "", ctx);
        d.id = f.text("id", true);
        d.idLoc = f.at("id");
        f.checkNames(INDICATOR_FIELDS);
        String name = f.text("name", true);
        String nameEn = f.text("nameEn", false);
        Unit unit = unit(d, f);
        Measure measure = f.enumValue("measure", Measure.class);
        Polarity polarity = f.enumValue("polarity", Polarity.class);
        Boolean nonNegative = f.bool("nonNegative");
        List<String> tags = f.strings("tags");
        String total = f.text("total", false);
        if (d.hasProblems() || d.id == null || name == null || unit == null || tags == null) {
            return d;
        }
        try {
            Indicator.Builder b = Indicator.builder(d.id, name, unit).tags(tags);
            if (nameEn != null) {
                b.nameEn(nameEn);
            }
            if (measure != null) {
                b.measure(measure);
            }
            if (polarity != null) {
                b.polarity(polarity);
            }
            if (nonNegative != null) {
                b.nonNegative(nonNegative);
            }
            if (total != null) {
                b.total(total);
            }
            d.indicator = b.build();
        } catch (IllegalArgumentException | NullPointerException e) {
            d.problem(o.loc(), null, String.valueOf(e.getMessage()));
        }
        return d;
    }

    private static @Nullable Unit unit(Draft d, Fields f) {
        String code = f.rawText("unit", true);
        if (code == null) {
            return null;
        }
        try {
            return Unit.of(code);
        } catch (IllegalArgumentException e) {
            d.problem(f.at("unit"), "unit", String.valueOf(e.getMessage()));
            return null;
        }
    }

    TargetDraft target(Node n, int index) {
        TargetDraft d = new TargetDraft(ctx.file(), n.loc(), index);
        Node.Obj o = object(d, n);
        if (o == null) {
            return d;
        }
        surrogates(d, o, "");
        Fields f = new Fields(d, o, "", ctx);
        d.id = f.text("id", true);
        d.idLoc = f.at("id");
        f.checkNames(TARGET_FIELDS);
        readRefs(d, f);
        Scope scope = f.scope("scope");
        Period period = f.period("period", true);
        Figure requirement = figure(d, f, "requirement", true);
        Figure floor = figure(d, f, "floor", false);
        Figure stretch = figure(d, f, "stretch", false);
        Baseline baseline = baseline(d, f, period);
        Commitment commitment = f.enumValue("commitment", Commitment.class);
        PaceModel pace = f.enumValue("pace", PaceModel.class);
        Boolean partial = f.bool("schedulePartial");
        List<Quota> schedule = schedule(d, f, period, Boolean.TRUE.equals(partial));
        if (Boolean.TRUE.equals(partial) && schedule != null && schedule.isEmpty()) {
            d.problem(f.at("schedulePartial"), "schedulePartial", "only a schedule can be partial: give 'schedule'");
        }
        if (schedule != null && !schedule.isEmpty() && pace == null && !f.has("pace")) {
            pace = PaceModel.SCHEDULE;
        }
        if (pace == PaceModel.SCHEDULE && schedule != null && schedule.isEmpty()) {
            d.problem(f.at("pace"), "pace", "pace SCHEDULE needs a 'schedule' of {period, share} quotas");
        } else if (pace != null && pace != PaceModel.SCHEDULE && schedule != null && !schedule.isEmpty()) {
            d.problem(f.at("schedule"), "schedule", "a schedule is given only with pace SCHEDULE, not with " + pace);
        }
        BigDecimal weight = f.number("weight");
        if (weight != null && weight.signum() <= 0) {
            d.problem(f.at("weight"), "weight", "weight (" + weight.toPlainString() + ") must be > 0");
        }
        List<String> tags = f.strings("tags");
        Source source = f.source("source");
        Aggregation of = f.enumValue("of", Aggregation.class);
        Sides sides = f.enumValue("sides", Sides.class);
        Relation relation = relation(d, f);
        d.relation = relation;
        if (d.hasProblems() || d.id == null || scope == null || period == null || requirement == null
                || tags == null || schedule == null) {
            return d;
        }
        try {
            Target.Builder b = Target.builder(d.id).indicators(d.refs.stream().map(Ref::id).toList()).scope(scope)
                    .period(period).requirement(requirement).tags(tags);
            if (floor != null) {
                b.floor(floor);
            }
            if (stretch != null) {
                b.stretch(stretch);
            }
            if (baseline != null) {
                b.baseline(baseline);
            }
            if (commitment != null) {
                b.commitment(commitment);
            }
            if (!schedule.isEmpty()) {
                b.schedule(schedule).schedulePartial(Boolean.TRUE.equals(partial));
            }
            if (pace != null) {
                b.pace(pace);
            }
            if (weight != null) {
                b.weight(weight);
            }
            if (source != null) {
                b.source(source);
            }
            if (of != null) {
                b.of(of);
            }
            if (sides != null) {
                b.sides(sides);
            }
            if (relation != null) {
                b.relation(relation);
            }
            d.target = b.build();
        } catch (IllegalArgumentException | NullPointerException e) {
            d.problem(o.loc(), null, String.valueOf(e.getMessage()));
        }
        return d;
    }

    /**
     * Reads what a relative requirement is measured against: {@code "change": "PREVIOUS"} or an
     * earlier period ({@code "change": "2020"}), or {@code "comparedWith"} another indicator's id;
     * null if neither (or both, with a problem).
     */
    private static @Nullable Relation relation(TargetDraft d, Fields f) {
        String change = f.text("change", false);
        String other = f.text("comparedWith", false);
        if (change != null && other != null) {
            d.problem(f.at("comparedWith"), "comparedWith", "give either 'change' (against an earlier period) or"
                    + " 'comparedWith' (another indicator in the same period), not both");
            return null;
        }
        if (other != null) {
            d.otherRef = new Ref(other, f.at("comparedWith"), "comparedWith");
            return Relation.comparedWith(other);
        }
        if (change == null) {
            return null;
        }
        if (change.equals("PREVIOUS")) {
            return Relation.sincePrevious();
        }
        Period since = Fields.parsePeriod(d, change, f.at("change"), "change");
        return since == null ? null : Relation.since(since);
    }

    private void readRefs(TargetDraft d, Fields f) {
        boolean one = f.has("indicator");
        boolean many = f.has("indicators");
        if (one && many) {
            d.problem(f.at("indicators"), "indicators", "give either 'indicator' (one id) or 'indicators' (the ids"
                    + " whose sum the requirement is on), not both");
            return;
        }
        if (!one && !many) {
            d.problem(f.objectLoc(), "indicator", "required field is missing (or give 'indicators', an array of ids)");
            return;
        }
        if (one) {
            String id = f.text("indicator", true);
            if (id != null) {
                d.refs.add(new Ref(id, f.at("indicator"), "indicator"));
            }
            return;
        }
        Node n = f.get("indicators");
        if (!(n instanceof Node.Arr arr)) {
            f.wrongType("indicators", n, "an array of indicator ids");
            return;
        }
        if (arr.items().isEmpty()) {
            d.problem(arr.loc(), "indicators", "must name at least one indicator");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < arr.items().size(); i++) {
            Node item = arr.items().get(i);
            String field = "indicators[" + i + "]";
            if (!(item instanceof Node.Val v && v.isString() && !v.text().isBlank())) {
                d.problem(item.loc(), field, "expected an indicator id, found " + item.kind());
            } else if (!seen.add(v.text())) {
                d.problem(item.loc(), field, "indicator '" + v.text() + "' is named twice");
            } else {
                d.refs.add(new Ref(v.text(), item.loc(), field));
            }
        }
    }

    private static @Nullable Figure figure(TargetDraft d, Fields f, String name, boolean required) {
        Figure fig = f.figure(name, required);
        if (fig != null) {
            d.figures.add(new FigureAt(f.field(name), fig, f.at(name)));
        }
        return fig;
    }

    private @Nullable Baseline baseline(TargetDraft d, Fields f, @Nullable Period targetPeriod) {
        Node.Obj o = f.object("baseline", false);
        if (o == null) {
            return null;
        }
        Fields b = new Fields(d, o, "baseline.", ctx);
        b.checkNames(BASELINE_FIELDS);
        Period period = b.period("period", true);
        Figure value = b.figure("value", true);
        if (value != null) {
            d.figures.add(new FigureAt("baseline.value", value, b.at("value")));
        }
        if (period == null || value == null) {
            return null;
        }
        if (targetPeriod != null && period.start().isAfter(targetPeriod.end())) {
            d.problem(b.at("period"), "baseline.period", "baseline period " + period + " starts after the target's"
                    + " period " + targetPeriod + " ends; a baseline is where the target starts from");
            return null;
        }
        return Baseline.of(period, value);
    }

    /**
     * Reads the schedule; empty if absent, null if wrong. Each quota's period lies within the
     * target's, no two overlap, and the shares sum to 100%, or to less when the schedule is
     * marked partial.
     */
    private @Nullable List<Quota> schedule(TargetDraft d, Fields f, @Nullable Period targetPeriod, boolean partial) {
        Node n = f.get("schedule");
        if (n == null) {
            return List.of();
        }
        if (!(n instanceof Node.Arr arr)) {
            f.wrongType("schedule", n, "an array of {period, share} quotas");
            return null;
        }
        if (arr.items().isEmpty()) {
            d.problem(arr.loc(), "schedule", "must hold at least one {period, share} quota");
            return null;
        }
        List<Quota> quotas = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < arr.items().size(); i++) {
            Node item = arr.items().get(i);
            String prefix = "schedule[" + i + "].";
            if (!(item instanceof Node.Obj qo)) {
                d.problem(item.loc(), "schedule[" + i + "]", "expected an object {period, share}, found " + item.kind());
                ok = false;
                continue;
            }
            Fields q = new Fields(d, qo, prefix, ctx);
            q.checkNames(QUOTA_FIELDS);
            Period period = q.period("period", true);
            BigDecimal share = share(d, q);
            if (period != null && targetPeriod != null && (period.start().isBefore(targetPeriod.start())
                    || period.end().isAfter(targetPeriod.end()))) {
                d.problem(q.at("period"), q.field("period"), "quota period " + period + " is not within the target's"
                        + " period " + targetPeriod + ": a schedule divides the target's period");
                ok = false;
            }
            if (period == null || share == null) {
                ok = false;
                continue;
            }
            for (int j = 0; j < quotas.size(); j++) {
                Period other = quotas.get(j).period();
                if (!period.start().isAfter(other.end()) && !other.start().isAfter(period.end())) {
                    d.problem(q.at("period"), q.field("period"), "quota period " + period + " overlaps " + other
                            + " of schedule[" + j + "]: each part of the period has one quota");
                    ok = false;
                }
            }
            quotas.add(new Quota(period, share));
        }
        if (ok) {
            BigDecimal sum = quotas.stream().map(Quota::sharePercent).reduce(BigDecimal.ZERO, BigDecimal::add);
            int c = sum.compareTo(HUNDRED);
            if (c > 0 || c < 0 && !partial) {
                d.problem(arr.loc(), "schedule", "the shares sum to " + sum.toPlainString() + "%, "
                        + (c > 0 ? "more than the whole requirement: they must sum to 100%"
                        : "not 100%: correct them, or say \"schedulePartial\": true if the plan gives only these"));
                // the quotas are returned all the same, so that what else is wrong with them is told too
            }
        }
        return ok ? quotas : null;
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Reads a quota's share: a number of percent, or a string such as "8.3%" or "8.3". */
    private static @Nullable BigDecimal share(Draft d, Fields q) {
        Node n = q.get("share");
        if (n == null) {
            q.missing("share");
            return null;
        }
        if (!(n instanceof Node.Val v && (v.isNumber() || v.isString()))) {
            q.wrongType("share", n, "a percent, as a number or a string such as \"8.3%\"");
            return null;
        }
        String s = v.text().trim();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).trim();
        }
        BigDecimal share;
        try {
            share = new BigDecimal(s);
        } catch (NumberFormatException e) {
            d.problem(v.loc(), q.field("share"), "share '" + MessageText.quote(v.text()) + "' is not a percent such as 8.3"
                    + " or \"8.3%\"");
            return null;
        }
        if (share.signum() < 0 || share.compareTo(HUNDRED) > 0) {
            d.problem(v.loc(), q.field("share"), "share '" + MessageText.quote(v.text()) + "' is not a share of the"
                    + " requirement: expected a percent from 0 to 100");
            return null;
        }
        return share;
    }

    OutcomeDraft outcome(Node n, int index) {
        OutcomeDraft d = new OutcomeDraft(ctx.file(), n.loc(), "outcomes", index);
        Node.Obj o = object(d, n);
        if (o == null) {
            return d;
        }
        surrogates(d, o, "");
        Fields f = new Fields(d, o, "", ctx);
        Node indicatorNode = f.get("indicator");
        if (indicatorNode instanceof Node.Val v && v.isString() && !v.text().isBlank()) {
            d.ref = new Ref(v.text(), v.loc(), "indicator");
        }
        Node periodNode = f.get("period");
        if (periodNode instanceof Node.Val v && (v.isString() || ctx.yaml() && v.isNumber())) {
            d.periodText = v.text();
        }
        f.checkNames(OUTCOME_FIELDS);
        String indicator = f.text("indicator", true);
        Scope scope = f.scope("scope");
        Period period = f.period("period", true);
        Figure value = f.figure("value", true);
        if (value != null) {
            d.value = new FigureAt("value", value, f.at("value"));
        }
        LocalDate published = f.date("published", true);
        d.periodLoc = f.at("period");
        d.publishedLoc = f.at("published");
        OutcomeStatus status = f.enumValue("status", OutcomeStatus.class);
        Source source = f.source("source");
        if (d.hasProblems() || indicator == null || scope == null || period == null || value == null
                || published == null) {
            return d;
        }
        try {
            d.outcome = new Outcome(indicator, scope, period, value, published,
                    status == null ? OutcomeStatus.FINAL : status, Optional.ofNullable(source));
        } catch (IllegalArgumentException | NullPointerException e) {
            d.problem(o.loc(), null, String.valueOf(e.getMessage()));
        }
        return d;
    }
}
