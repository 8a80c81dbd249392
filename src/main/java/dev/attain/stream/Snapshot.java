package dev.attain.stream;

import com.google.common.collect.Range;
import dev.attain.eval.Status;
import java.math.BigDecimal;
import java.util.Optional;

/** An immutable {@link Verdict}. */
record Snapshot(long line, String targetId, Status status, Status band, Optional<BigDecimal> required,
        Optional<BigDecimal> actual, Optional<Range<BigDecimal>> attainmentRange) implements Verdict {

    static Snapshot of(Verdict v) {
        return v instanceof Snapshot s ? s : new Snapshot(v.line(), v.targetId(), v.status(), v.band(), v.required(),
                v.actual(), v.attainmentRange());
    }

    @Override
    public Optional<BigDecimal> attainment() {
        if (attainmentRange.isPresent()) {
            Range<BigDecimal> r = attainmentRange.get();
            if (r.hasLowerBound() && r.hasUpperBound() && r.lowerEndpoint().compareTo(r.upperEndpoint()) == 0) {
                return Optional.of(r.lowerEndpoint());
            }
        }
        return Optional.empty();
    }

    @Override
    public Verdict copy() {
        return this;
    }
}
