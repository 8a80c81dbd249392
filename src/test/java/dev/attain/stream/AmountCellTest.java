package dev.attain.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An amount cell reads eight digits at a time where the array holds eight more bytes and one at
 * a time near its end: either way it reads what {@code new BigDecimal} reads, exactly, and stops
 * at the cell's end or the first byte that is not a digit.
 */
class AmountCellTest {

    @ParameterizedTest
    @ValueSource(longs = {1L, 20261203L})
    void test_parse_readsWhatBigDecimalReads_anywhereInTheArray(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        AmountCell cell = new AmountCell();
        String bytesAround = "0123456789.,-+ x\n\u00e9";
        for (int i = 0; i < 200_000; i++) {
            String number = number(random);
            // the cell somewhere in an array, any bytes (digits included) before and after it
            int before = random.nextInt(10);
            int after = random.nextInt(10);
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < before; j++) {
                text.append(bytesAround.charAt(random.nextInt(bytesAround.length())));
            }
            int start = text.toString().getBytes(StandardCharsets.UTF_8).length;
            text.append(number);
            int end = text.toString().getBytes(StandardCharsets.UTF_8).length;
            for (int j = 0; j < after; j++) {
                text.append(bytesAround.charAt(random.nextInt(bytesAround.length())));
            }
            byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
            String error = cell.parse(b, start, end);
            String why = "seed " + seed + ", cell '" + number + "' in '" + text + "'";
            BigDecimal expected = parseable(number) ? new BigDecimal(number) : null;
            if (number.isEmpty()) {
                assertThat(error).as(why).isNull();
                assertThat(cell.isMissing()).as(why).isTrue();
            } else if (expected == null) {
                assertThat(error).as(why).isNotNull();
            } else {
                assertThat(error).as(why).isNull();
                assertThat(cell.value()).as(why).isEqualTo(expected);
                // as a long when its digits, from the first that is not zero, and its decimals are 18 at most
                assertThat(cell.isScaled()).as(why).isEqualTo(expected.precision() <= 18 && expected.scale() <= 18);
            }
        }
    }

    /** A plain decimal number of 1 to 24 digits, sometimes with a sign, a point, leading zeros or a bad byte. */
    private static String number(SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        int sign = random.nextInt(6);
        if (sign == 0) {
            s.append('-');
        } else if (sign == 1) {
            s.append('+');
        }
        int integer = random.nextInt(random.nextBoolean() ? 12 : 22);
        for (int i = 0; i < integer; i++) {
            s.append((char) ('0' + (i == 0 && random.nextInt(4) > 0 ? 1 + random.nextInt(9) : random.nextInt(10))));
        }
        if (random.nextInt(3) > 0) {
            s.append('.');
            int decimals = random.nextInt(random.nextBoolean() ? 4 : 21);
            for (int i = 0; i < decimals; i++) {
                s.append((char) ('0' + random.nextInt(10)));
            }
        }
        if (random.nextInt(50) == 0 && s.length() > 0) {
            s.setCharAt(random.nextInt(s.length()), "x/:. ".charAt(random.nextInt(5)));
        }
        return s.toString();
    }

    /** What the cell takes: a sign, digits, at most one point, and at least one digit. */
    private static boolean parseable(String s) {
        return s.matches("[-+]?[0-9]*(\\.[0-9]*)?") && s.chars().anyMatch(Character::isDigit);
    }
}
