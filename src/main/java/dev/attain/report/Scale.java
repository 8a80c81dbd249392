package dev.attain.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A linear scale from a domain of values to a span of pixels, with round ticks (1, 2 or 5 times
 * a power of ten) that cover the domain. Values are exact decimals; pixels are doubles, for
 * drawing only.
 */
final class Scale {

    private final BigDecimal low;
    private final BigDecimal high;
    private final BigDecimal step;
    private final double from;
    private final double to;

    private Scale(BigDecimal low, BigDecimal high, BigDecimal step, double from, double to) {
        this.low = low;
        this.high = high;
        this.step = step;
        this.from = from;
        this.to = to;
    }

    /**
     * Returns a scale whose domain covers the values, widened to round ticks, about
     * {@code ticks} intervals.
     *
     * @param values  the values to cover, not empty
     * @param ticks  the number of intervals wanted, at least 1
     * @param from  the pixel of the domain's low end
     * @param to  the pixel of the domain's high end
     */
    static Scale covering(Collection<BigDecimal> values, int ticks, double from, double to) {
        BigDecimal min = null;
        BigDecimal max = null;
        for (BigDecimal v : values) {
            min = min == null || v.compareTo(min) < 0 ? v : min;
            max = max == null || v.compareTo(max) > 0 ? v : max;
        }
        if (min == null) {
            min = BigDecimal.ZERO;
            max = BigDecimal.ONE;
        }
        if (min.compareTo(max) == 0) {
            BigDecimal pad = min.signum() == 0 ? BigDecimal.ONE : min.abs().divide(BigDecimal.TEN);
            min = min.subtract(pad);
            max = max.add(pad);
            if (values.stream().allMatch(v -> v.signum() >= 0) && min.signum() < 0) {
                min = BigDecimal.ZERO;
            }
        }
        BigDecimal step = niceStep(max.subtract(min).divide(BigDecimal.valueOf(ticks), MathContext.DECIMAL64));
        BigDecimal low = floor(min, step);
        BigDecimal high = ceiling(max, step);
        return new Scale(low, high, step, from, to);
    }

    /** 1, 2 or 5 times a power of ten, at least the raw step. */
    private static BigDecimal niceStep(BigDecimal raw) {
        if (raw.signum() <= 0) {
            return BigDecimal.ONE;
        }
        int exponent = raw.precision() - raw.scale() - 1; // floor(log10(raw))
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        BigDecimal mantissa = raw.divide(power, MathContext.DECIMAL64);
        BigDecimal nice;
        if (mantissa.compareTo(BigDecimal.ONE) <= 0) {
            nice = BigDecimal.ONE;
        } else if (mantissa.compareTo(BigDecimal.valueOf(2)) <= 0) {
            nice = BigDecimal.valueOf(2);
        } else if (mantissa.compareTo(BigDecimal.valueOf(5)) <= 0) {
            nice = BigDecimal.valueOf(5);
        } else {
            nice = BigDecimal.TEN;
        }
        return nice.multiply(power);
    }

    private static BigDecimal floor(BigDecimal v, BigDecimal step) {
        return v.divide(step, 0, RoundingMode.FLOOR).multiply(step);
    }

    private static BigDecimal ceiling(BigDecimal v, BigDecimal step) {
        return v.divide(step, 0, RoundingMode.CEILING).multiply(step);
    }

    BigDecimal low() {
        return low;
    }

    BigDecimal high() {
        return high;
    }

    /** The pixel of a value; values outside the domain map outside the span. */
    double at(BigDecimal value) {
        double span = high.subtract(low).doubleValue();
        double t = span == 0 ? 0 : value.subtract(low).doubleValue() / span;
        return from + t * (to - from);
    }

    /** The pixel of a value, clamped to the span. */
    double clamped(BigDecimal value) {
        return at(clamp(value));
    }

    /** The value, clamped to the domain. */
    BigDecimal clamp(BigDecimal value) {
        return value.compareTo(low) < 0 ? low : value.compareTo(high) > 0 ? high : value;
    }

    /** The ticks: low, low + step, …, high. */
    List<BigDecimal> ticks() {
        List<BigDecimal> list = new ArrayList<>();
        for (BigDecimal t = low; t.compareTo(high) <= 0; t = t.add(step)) {
            list.add(t.signum() == 0 ? BigDecimal.ZERO : t.stripTrailingZeros());
        }
        return list;
    }

    /** A pixel coordinate for SVG: at most one decimal, a point, no exponent. */
    static String px(double value) {
        double r = Math.round(value * 10) / 10.0;
        if (r == Math.rint(r)) {
            return String.valueOf((long) r);
        }
        return String.format(Locale.ROOT, "%.1f", r);
    }
}
