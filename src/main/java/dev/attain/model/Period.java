package dev.attain.model;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;

/**
 * A span of whole months that a target or an outcome is about: a year ({@code 2022}), a half
 * ({@code 2022-H1}), a quarter ({@code 2022-Q3}), a month ({@code 2022-05}), a range of months
 * ({@code 2022-01..2022-06}, a cumulative 1—6月 figure) or a range of years
 * ({@code 2021..2025}, a five-year plan).
 *
 * <p>{@link #parse} and {@link #toString} round-trip. Periods order by start, then by end, then by
 * kind (so {@code 2022} sorts before {@code 2022-01..2022-12}, and ordering is consistent with equals).
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe, and a value type.
 */
public final class Period implements Comparable<Period> {

    /** The written form of a period. */
    public enum Kind {
        /** {@code 2022}. */
        YEAR,
        /** {@code 2022-H1}. */
        HALF,
        /** {@code 2022-Q3}. */
        QUARTER,
        /** {@code 2022-05}. */
        MONTH,
        /** {@code 2022-01..2022-06}. */
        MONTH_RANGE,
        /** {@code 2021..2025}. */
        YEAR_RANGE
    }

    private static final Comparator<Period> ORDER =
            Comparator.comparing(Period::first).thenComparing(Period::last).thenComparing(Period::kind);

    private final Kind kind;
    private final YearMonth first;
    private final YearMonth last;

    private Period(Kind kind, YearMonth first, YearMonth last) {
        this.kind = kind;
        this.first = first;
        this.last = last;
    }

    /**
     * Returns a calendar year.
     *
     * @param year  the year, such as 2022
     * @return the period, never null
     */
    public static Period ofYear(int year) {
        return new Period(Kind.YEAR, YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    /**
     * Returns a range of whole years, such as a five-year plan's 2021..2025.
     *
     * @param firstYear  the first year
     * @param lastYear  the last year, after the first
     * @return the period, never null
     * @throws IllegalArgumentException if the last year is not after the first
     */
    public static Period ofYears(int firstYear, int lastYear) {
        if (lastYear <= firstYear) {
            throw new IllegalArgumentException("year range " + firstYear + ".." + lastYear
                    + " must end after it starts; a single year is written " + firstYear);
        }
        return new Period(Kind.YEAR_RANGE, YearMonth.of(firstYear, 1), YearMonth.of(lastYear, 12));
    }

    /**
     * Returns a half year.
     *
     * @param year  the year
     * @param half  1 or 2
     * @return the period, never null
     * @throws IllegalArgumentException if half is not 1 or 2
     */
    public static Period ofHalf(int year, int half) {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("half (" + half + ") must be 1 or 2");
        }
        return new Period(Kind.HALF, YearMonth.of(year, half * 6 - 5), YearMonth.of(year, half * 6));
    }

    /**
     * Returns a quarter.
     *
     * @param year  the year
     * @param quarter  1 to 4
     * @return the period, never null
     * @throws IllegalArgumentException if quarter is not in 1..4
     */
    public static Period ofQuarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter (" + quarter + ") must be in 1..4");
        }
        return new Period(Kind.QUARTER, YearMonth.of(year, quarter * 3 - 2), YearMonth.of(year, quarter * 3));
    }

    /**
     * Returns one month.
     *
     * @param month  the month, not null
     * @return the period, never null
     */
    public static Period ofMonth(YearMonth month) {
        requireNonNull(month, "month");
        return new Period(Kind.MONTH, month, month);
    }

    /**
     * Returns a range of months, such as the cumulative 1—6月 of a year.
     *
     * @param first  the first month, not null
     * @param last  the last month, after the first, not null
     * @return the period, never null
     * @throws IllegalArgumentException if last is not after first
     */
    public static Period ofMonths(YearMonth first, YearMonth last) {
        requireNonNull(first, "first");
        requireNonNull(last, "last");
        if (!last.isAfter(first)) {
            throw new IllegalArgumentException("month range " + first + ".." + last
                    + " must end after it starts; a single month is written " + first);
        }
        return new Period(Kind.MONTH_RANGE, first, last);
    }

    /**
     * Reads a period: {@code 2022}, {@code 2022-H1}, {@code 2022-Q3}, {@code 2022-05},
     * {@code 2022-01..2022-06} or {@code 2021..2025}.
     *
     * @param text  the text, not null
     * @return the period, never null
     * @throws DateTimeParseException if the text is not a period, with the index of the problem
     */
    public static Period parse(CharSequence text) {
        requireNonNull(text, "text");
        String s = text.toString();
        try {
            int dots = s.indexOf("..");
            if (dots >= 0) {
                String a = s.substring(0, dots);
                String b = s.substring(dots + 2);
                if (a.matches("\\d{4}") && b.matches("\\d{4}")) {
                    return ofYears(Integer.parseInt(a), Integer.parseInt(b));
                }
                if (a.matches("\\d{4}-\\d{2}") && b.matches("\\d{4}-\\d{2}")) {
                    return ofMonths(month(s, a), month(s, b));
                }
                throw new DateTimeParseException("Period '" + s
                        + "' cannot be parsed: a range is YYYY..YYYY or YYYY-MM..YYYY-MM", s, 0);
            }
            if (s.matches("\\d{4}")) {
                return ofYear(Integer.parseInt(s));
            }
            if (s.matches("\\d{4}-H\\d")) {
                return ofHalf(Integer.parseInt(s.substring(0, 4)), s.charAt(6) - '0');
            }
            if (s.matches("\\d{4}-Q\\d")) {
                return ofQuarter(Integer.parseInt(s.substring(0, 4)), s.charAt(6) - '0');
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                return ofMonth(month(s, s));
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            if (e instanceof DateTimeParseException dtpe) {
                throw dtpe;
            }
            throw new DateTimeParseException("Period '" + s + "' cannot be parsed: " + e.getMessage(), s, 0, e);
        }
        throw new DateTimeParseException("Period '" + s + "' cannot be parsed: expected 2022, 2022-H1, "
                + "2022-Q3, 2022-05, 2022-01..2022-06 or 2021..2025", s, 0);
    }

    /** Reads {@code YYYY-MM}, already matched, naming a month outside 01..12 in words. */
    private static YearMonth month(String text, String yearMonth) {
        int m = Integer.parseInt(yearMonth.substring(5, 7));
        if (m < 1 || m > 12) {
            throw new DateTimeParseException("Period '" + text + "' cannot be parsed: month " + yearMonth.substring(5, 7)
                    + " in '" + yearMonth + "' is not a month: expected 01 to 12", text, text.indexOf(yearMonth) + 5);
        }
        return YearMonth.of(Integer.parseInt(yearMonth.substring(0, 4)), m);
    }

    /**
     * Returns the written form of this period.
     *
     * @return the kind, never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the first month of the period.
     *
     * @return the month, never null
     */
    public YearMonth first() {
        return first;
    }

    /**
     * Returns the last month of the period.
     *
     * @return the month, never null
     */
    public YearMonth last() {
        return last;
    }

    /**
     * Returns the first day of the period.
     *
     * @return the date, never null
     */
    public LocalDate start() {
        return first.atDay(1);
    }

    /**
     * Returns the last day of the period, included in it.
     *
     * @return the date, never null
     */
    public LocalDate end() {
        return last.atEndOfMonth();
    }

    /**
     * Returns the number of whole months in the period.
     *
     * @return at least 1
     */
    public int months() {
        return (last.getYear() - first.getYear()) * 12 + last.getMonthValue() - first.getMonthValue() + 1;
    }

    /**
     * Tells whether a date falls within the period.
     *
     * @param date  the date, not null
     * @return true if start ≤ date ≤ end
     */
    public boolean contains(LocalDate date) {
        requireNonNull(date, "date");
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /**
     * Tells whether another period lies wholly within this one.
     *
     * @param other  the other period, not null
     * @return true if other starts no earlier and ends no later than this period
     */
    public boolean encloses(Period other) {
        requireNonNull(other, "other");
        return !other.first.isBefore(first) && !other.last.isAfter(last);
    }

    /**
     * Returns the period of the same form and length just before this one: 2021 for 2022,
     * 2022-H1 for 2022-H2, 2016..2020 for 2021..2025. This instance is unaffected.
     *
     * @return the previous period, never null
     */
    public Period previous() {
        int n = months();
        return new Period(kind, first.minusMonths(n), last.minusMonths(n));
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Period other && kind == other.kind && first.equals(other.first)
                && last.equals(other.last);
    }

    @Override
    public int hashCode() {
        // not YearMonth.hashCode (year ^ month << 27): summed with factors of 31 as Objects.hash
        // summed them, the month's bits left the int when first and last are the same month, so
        // every month of a year hashed alike; a month's index since year 0 keeps them apart
        return 31 * (31 * kind.ordinal() + monthIndex(first)) + monthIndex(last);
    }

    private static int monthIndex(YearMonth m) {
        return m.getYear() * 12 + m.getMonthValue();
    }

    /**
     * Returns the written form, which {@link #parse} reads back.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        switch (kind) {
            case YEAR:
                return String.valueOf(first.getYear());
            case HALF:
                return first.getYear() + "-H" + (first.getMonthValue() <= 6 ? 1 : 2);
            case QUARTER:
                return first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
            case MONTH:
                return first.toString();
            case MONTH_RANGE:
                return first + ".." + last;
            case YEAR_RANGE:
            default:
                return first.getYear() + ".." + last.getYear();
        }
    }
}
