package dev.attain.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The policy bands, their presets, and whether each bound is inclusive. */
class ThresholdsTest {

    private static Range<BigDecimal> point(String v) {
        return Range.singleton(new BigDecimal(v));
    }

    @ParameterizedTest(name = "default: {0} is {1}")
    @CsvSource({"1.2, ON_TRACK", "1.00, ON_TRACK", "1, ON_TRACK", "0.99, AT_RISK", "0.90, AT_RISK", "0.9, AT_RISK",
            "0.8999, OFF_TRACK", "0, OFF_TRACK", "-0.2, OFF_TRACK"})
    void test_default_inclusiveAtExactly100And90(String ratio, Status expected) {
        assertThat(Thresholds.DEFAULT.classify(point(ratio))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "exclusive: {0} is {1}")
    @CsvSource({"1.0001, ON_TRACK", "1.00, AT_RISK", "0.9001, AT_RISK", "0.90, OFF_TRACK"})
    void test_exclusiveBounds(String ratio, Status expected) {
        assertThat(Thresholds.DEFAULT.withInclusive(false, false).classify(point(ratio))).isEqualTo(expected);
    }

    @Test
    void test_classify_intervalsWhollyInABand_orSpanningTwo() {
        assertThat(Thresholds.DEFAULT.classify(Range.atLeast(new BigDecimal("1")))).isEqualTo(Status.ON_TRACK);
        assertThat(Thresholds.DEFAULT.classify(Range.closedOpen(new BigDecimal("0.9"), new BigDecimal("1"))))
                .isEqualTo(Status.AT_RISK);
        assertThat(Thresholds.DEFAULT.classify(Range.closed(new BigDecimal("0.9"), new BigDecimal("1"))))
                .isEqualTo(Status.INDETERMINATE);
        assertThat(Thresholds.DEFAULT.classify(Range.atLeast(new BigDecimal("0.95")))).isEqualTo(Status.INDETERMINATE);
        assertThat(Thresholds.DEFAULT.classify(Range.lessThan(new BigDecimal("0.9")))).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void test_presets_documentedValues() {
        assertThat(Thresholds.DEFAULT.basis()).isEqualTo(Thresholds.Basis.PACE_RATIO);
        assertThat(Thresholds.DEFAULT.onTrack()).isEqualByComparingTo("1");
        assertThat(Thresholds.DEFAULT.atRisk()).isEqualByComparingTo("0.9");
        assertThat(Thresholds.EUROSTAT.basis()).isEqualTo(Thresholds.Basis.GROWTH_RATIO);
        assertThat(Thresholds.EUROSTAT.onTrack()).isEqualByComparingTo("0.95");
        assertThat(Thresholds.EUROSTAT.atRisk()).isEqualByComparingTo("0.6");
        assertThat(Thresholds.TRAFFIC_LIGHT.onTrack()).isEqualByComparingTo("0.9");
        assertThat(Thresholds.TRAFFIC_LIGHT.atRisk()).isEqualByComparingTo("0.75");
        assertThat(Thresholds.EUROSTAT.classify(point("0.95"))).isEqualTo(Status.ON_TRACK);
        assertThat(Thresholds.EUROSTAT.classify(point("0.6"))).isEqualTo(Status.AT_RISK);
        assertThat(Thresholds.EUROSTAT.classify(point("-0.1"))).isEqualTo(Status.OFF_TRACK);
        assertThat(Thresholds.TRAFFIC_LIGHT.classify(point("0.8"))).isEqualTo(Status.AT_RISK);
    }

    @Test
    void test_equalBounds_haveNoAtRiskBand() {
        Thresholds two = Thresholds.of("1", "1");
        assertThat(two.classify(point("1"))).isEqualTo(Status.ON_TRACK);
        assertThat(two.classify(point("0.99"))).isEqualTo(Status.OFF_TRACK);
        assertThat(two.withInclusive(false, true).classify(point("1"))).isEqualTo(Status.AT_RISK);
        assertThat(two.withInclusive(true, false).classify(point("1"))).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void test_atRiskAboveOnTrack_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Thresholds.of("0.9", "1"))
                .withMessageContaining("at-risk bound (1) must not be above the on-track bound (0.9)");
    }
}
