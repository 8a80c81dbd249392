package dev.attain.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shortfalls and the "worst status wins" order. */
class StatusTest {

    @Test
    void test_isShortfall_missedOffTrackAtRisk() {
        assertThat(Arrays.stream(Status.values()).filter(Status::isShortfall))
                .containsExactlyInAnyOrder(Status.MISSED, Status.OFF_TRACK, Status.AT_RISK);
    }

    @Test
    void test_worstFirst_order() {
        List<Status> sorted = Arrays.stream(Status.values()).sorted(Status.WORST_FIRST).toList();
        assertThat(sorted).containsExactly(Status.MISSED, Status.OFF_TRACK, Status.AT_RISK, Status.NO_DATA,
                Status.NOT_COMPARABLE, Status.INDETERMINATE, Status.ON_TRACK, Status.ACHIEVED);
    }

    @Test
    void test_worse() {
        assertThat(Status.ACHIEVED.worse(Status.NO_DATA)).isEqualTo(Status.NO_DATA);
        assertThat(Status.MISSED.worse(Status.NO_DATA)).isEqualTo(Status.MISSED);
        assertThat(Status.ON_TRACK.worse(Status.INDETERMINATE)).isEqualTo(Status.INDETERMINATE);
    }
}
