package dev.attain.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Range;
import dev.attain.eval.Evaluator;
import dev.attain.eval.Status;
import dev.attain.eval.Thresholds;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table's values that do not fit a long fall back to BigDecimal with the same verdicts (the
 * core's scaled-long arithmetic itself is tested in dev.attain.eval.ScaledDecimalsTest).
 */
class FastPathTest {

    @TempDir
    Path dir;

    @Test
    void test_table_valuesBeyondALong_fallBackToBigDecimal_withTheSameVerdicts() throws IOException {
        // the same ratios written with few digits (long path) and with many (BigDecimal path)
        List<String> lines = new ArrayList<>(List.of("id,polarity,target,actual"));
        String[][] pairs = {{"100", "90"}, {"100", "89.99"}, {"100", "100"}, {"7", "3"}, {"3", "7"}};
        for (String[] p : pairs) {
            String pad = "0".repeat(17);
            lines.add("short,higher," + p[0] + "," + p[1]);
            lines.add("long,higher," + p[0] + pad + "," + new BigDecimal(p[1]).movePointRight(17).toPlainString());
            lines.add("scaled,higher," + new BigDecimal(p[0]).setScale(19).toPlainString() + ","
                    + new BigDecimal(p[1]).setScale(20).toPlainString());
            lines.add("shortLower,lower," + p[1] + "," + p[0]);
            lines.add("longLower,lower," + new BigDecimal(p[1]).movePointRight(17).toPlainString() + "," + p[0] + pad);
        }
        Path f = dir.resolve("big.csv");
        Files.write(f, lines);
        List<Verdict> v = new ArrayList<>();
        TargetTable.of(f).forEach(x -> v.add(x.copy()));
        assertThat(v).hasSize(pairs.length * 5);
        for (int i = 0; i < pairs.length; i++) {
            Verdict base = v.get(i * 5);
            for (int j = 1; j < 5; j++) {
                Verdict other = v.get(i * 5 + j);
                assertThat(other.status()).as(other.targetId() + " " + i).isEqualTo(base.status());
                assertThat(other.band()).as(other.targetId() + " " + i).isEqualTo(base.band());
                assertThat(other.attainment().get()).as(other.targetId() + " " + i)
                        .isEqualByComparingTo(base.attainment().get());
            }
        }
        assertThat(v.get(0).attainment()).hasValue(new BigDecimal("0.9"));
        assertThat(v.get(5).band()).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void test_table_attainment_hasTheScaleBigDecimalDivideGives() throws IOException {
        Path f = dir.resolve("s.csv");
        Files.write(f, List.of("id,target,actual", "a,100.00,100.00", "b,100,25.0", "c,3,1", "d,0.5,100"));
        List<BigDecimal> got = new ArrayList<>();
        TargetTable.of(f).forEach(x -> got.add(x.attainment().get()));
        assertThat(got).containsExactly(new BigDecimal("100.00").divide(new BigDecimal("100.00"), Evaluator.MATH_CONTEXT),
                new BigDecimal("25.0").divide(new BigDecimal("100"), Evaluator.MATH_CONTEXT),
                BigDecimal.ONE.divide(new BigDecimal("3"), Evaluator.MATH_CONTEXT),
                new BigDecimal("100").divide(new BigDecimal("0.5"), Evaluator.MATH_CONTEXT));
    }
}
