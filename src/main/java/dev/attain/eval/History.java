package dev.attain.eval;

import dev.attain.model.Outcome;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.Period;
import dev.attain.model.Scope;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcomes of a dataset by indicator and scope, in dataset order, and the month
 * arithmetic of spans. Which figure is in force as of a date is {@link TargetIndex#inForce}.
 */
final class History {

    private record Key(String indicator, Scope scope) {
    }

    private final Map<Key, List<Outcome>> byKey;

    private History(Map<Key, List<Outcome>> byKey) {
        this.byKey = byKey;
    }

    /** Indexes outcomes by indicator and scope, keeping their order. */
    static History of(List<Outcome> outcomes) {
        Map<Key, List<Outcome>> map = new HashMap<>(Math.max(16, outcomes.size() * 2));
        for (Outcome o : outcomes) {
            map.computeIfAbsent(new Key(o.indicator(), o.scope()), k -> new ArrayList<>(2)).add(o);
        }
        return new History(map);
    }

    /** The outcomes for an indicator in a scope, in dataset order; empty if none. */
    List<Outcome> of(String indicator, Scope scope) {
        List<Outcome> list = byKey.get(new Key(indicator, scope));
        return list == null ? List.of() : list;
    }

    /** The precedence of a status among figures published on the same day: REVISED, FINAL, PRELIMINARY. */
    static int rank(OutcomeStatus status) {
        switch (status) {
            case REVISED:
                return 2;
            case FINAL:
                return 1;
            case PRELIMINARY:
            default:
                return 0;
        }
    }

    /** The months since year 0 of a month: {@link Judgement#monthIndex}. */
    static int index(YearMonth month) {
        return Judgement.monthIndex(month);
    }

    /** The index of a period's first month. */
    static int first(Period p) {
        return index(p.first());
    }

    /** The index of a period's last month. */
    static int last(Period p) {
        return index(p.last());
    }

    /** A span of months as a period: "2022", "2021-01..2021-06". */
    static Period span(int first, int last) {
        YearMonth f = YearMonth.of(Math.floorDiv(first, 12), Math.floorMod(first, 12) + 1);
        YearMonth l = YearMonth.of(Math.floorDiv(last, 12), Math.floorMod(last, 12) + 1);
        if (f.getMonthValue() == 1 && l.getMonthValue() == 12) {
            return f.getYear() == l.getYear() ? Period.ofYear(f.getYear()) : Period.ofYears(f.getYear(), l.getYear());
        }
        return first == last ? Period.ofMonth(f) : Period.ofMonths(f, l);
    }
}
