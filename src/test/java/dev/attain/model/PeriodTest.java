package dev.attain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("2022", Period.Kind.YEAR, "2022-01-01", "2022-12-31", 12),
                Arguments.of("2022-H1", Period.Kind.HALF, "2022-01-01", "2022-06-30", 6),
                Arguments.of("2022-H2", Period.Kind.HALF, "2022-07-01", "2022-12-31", 6),
                Arguments.of("2022-Q3", Period.Kind.QUARTER, "2022-07-01", "2022-09-30", 3),
                Arguments.of("2024-02", Period.Kind.MONTH, "2024-02-01", "2024-02-29", 1),
                Arguments.of("2021-01..2021-05", Period.Kind.MONTH_RANGE, "2021-01-01", "2021-05-31", 5),
                Arguments.of("2021..2025", Period.Kind.YEAR_RANGE, "2021-01-01", "2025-12-31", 60));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void test_parse_givesKindStartEndAndMonths_andRoundTrips(String text, Period.Kind kind, String start, String end,
            int months) {
        Period p = Period.parse(text);
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.start()).isEqualTo(LocalDate.parse(start));
        assertThat(p.end()).isEqualTo(LocalDate.parse(end));
        assertThat(p.months()).isEqualTo(months);
        assertThat(p.toString()).isEqualTo(text);
        assertThat(Period.parse(p.toString())).isEqualTo(p);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "22", "2022-H3", "2022-Q0", "2022-Q5", "2022-13", "2022-1", "2025..2021",
        "2022..2022", "2022-06..2022-01", "2022-01..2023", "H1-2022", "2022年", "abcd"})
    void test_parse_badText_throwsDateTimeParseExceptionQuotingTheInput(String text) {
        assertThatExceptionOfType(DateTimeParseException.class)
                .isThrownBy(() -> Period.parse(text))
                .withMessageContaining("'" + text + "'")
                .satisfies(e -> assertThat(e.getParsedString()).isEqualTo(text));
    }

    @Test
    void test_contains_and_encloses() {
        Period year = Period.ofYear(2022);
        assertThat(year.contains(LocalDate.of(2022, 12, 31))).isTrue();
        assertThat(year.contains(LocalDate.of(2023, 1, 1))).isFalse();
        assertThat(year.encloses(Period.ofHalf(2022, 1))).isTrue();
        assertThat(year.encloses(Period.ofMonths(YearMonth.of(2022, 11), YearMonth.of(2023, 1)))).isFalse();
        assertThat(Period.ofYears(2021, 2025).encloses(year)).isTrue();
    }

    @Test
    void test_hashCode_keepsTheMonthsOfAYearApart() {
        // the month's bits of YearMonth.hashCode used to leave the int: hash tables of a million
        // monthly outcomes (the loader's contradiction check) found twelve in every slot
        Set<Integer> hashes = new HashSet<>();
        for (int year = 2020; year <= 2025; year++) {
            for (int month = 1; month <= 12; month++) {
                hashes.add(Period.ofMonth(YearMonth.of(year, month)).hashCode());
            }
            hashes.add(Period.ofYear(year).hashCode());
        }

        assertThat(hashes).hasSize(6 * 13);
    }

    @Test
    void test_equals_and_hashCode_distinguishKindsOverTheSameMonths() {
        new EqualsTester()
                .addEqualityGroup(Period.ofYear(2022), Period.parse("2022"))
                .addEqualityGroup(Period.ofMonths(YearMonth.of(2022, 1), YearMonth.of(2022, 12)))
                .addEqualityGroup(Period.ofHalf(2022, 1), Period.parse("2022-H1"))
                .addEqualityGroup(Period.ofMonth(YearMonth.of(2022, 5)))
                .testEquals();
    }

    @Test
    void test_compareTo_ordersByStartThenEnd() {
        assertThat(Stream.of("2022", "2021..2025", "2022-H1", "2021").map(Period::parse).sorted()
                .map(Period::toString)).containsExactly("2021", "2021..2025", "2022-H1", "2022");
    }

    @Test
    void test_compareTo_isConsistentWithEquals_forTheSameMonthsWrittenTwoWays() {
        Period year = Period.parse("2022");
        Period months = Period.parse("2022-01..2022-12");
        assertThat(year.compareTo(months)).isNotZero().isEqualTo(-months.compareTo(year));
        assertThat(new java.util.TreeSet<>(java.util.List.of(year, months))).hasSize(2);
    }
}
