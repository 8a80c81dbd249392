package dev.attain.quantity;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;

/**
 * Seeded generator of random exact figures for round-trip and fuzz tests: every unit the parser
 * reads, every qualifier, values from 0.000001 to below 10^30, round and not, positive and
 * negative (ranks: whole places from 1), and the thresholds where the formatter changes magnitude.
 */
final class RandomFigures {

    /** Every unit the generator draws from. "万人" is left out: the parser reads 万 as a magnitude. */
    static final List<Unit> UNITS;

    static {
        ImmutableList.Builder<Unit> units = ImmutableList.builder();
        units.add(Unit.CNY, Unit.CNY, Unit.CNY, Unit.USD, Unit.money("EUR"), Unit.money("JPY"),
                Unit.money("HKD"), Unit.money("GBP"), Unit.money("CHF"), Unit.money("TOP"),
                Unit.PERCENT, Unit.PERCENT, Unit.PERCENTAGE_POINTS, Unit.RANK, Unit.RANK, Unit.NONE);
        for (String w : Unit.COUNT_WORDS) {
            if (!w.equals("万人")) {
                units.add(Unit.count(w));
            }
        }
        for (String w : Unit.PHYSICAL_WORDS) {
            units.add(Unit.physical(w));
        }
        UNITS = units.build();
    }

    private final Random random;

    RandomFigures(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    /** Returns a random figure with the default tolerance. */
    Figure next() {
        Unit unit = UNITS.get(random.nextInt(UNITS.size()));
        Qualifier qualifier = Qualifier.values()[random.nextInt(Qualifier.values().length)];
        BigDecimal a = value(unit);
        if (qualifier == Qualifier.BETWEEN) {
            BigDecimal b = random.nextInt(4) == 0 ? a : value(unit);
            return Figure.between(a.min(b), a.max(b), unit);
        }
        return Figure.of(qualifier, a, unit);
    }

    /** Returns a random exact value suited to the unit. */
    BigDecimal value(Unit unit) {
        BigDecimal v;
        if (unit.dimension() == Dimension.RANK) {
            // a place in a ranking: whole, from 1 (第0位, 第-3位 and 第2.5位 are refused by the parser)
            return BigDecimal.valueOf(1 + random.nextInt(random.nextBoolean() ? 20 : 600));
        } else if (unit.dimension() == Dimension.PERCENT || unit.dimension() == Dimension.PERCENTAGE_POINTS) {
            v = decimal(1 + random.nextInt(5), random.nextInt(4));
        } else {
            switch (random.nextInt(5)) {
                case 0: // a threshold of the magnitude words, or just below one
                    v = BigDecimal.ONE.movePointRight(new int[] {4, 6, 8, 9, 12}[random.nextInt(5)]);
                    if (random.nextBoolean()) {
                        v = v.subtract(BigDecimal.ONE);
                    }
                    break;
                case 1: // round, as documents write them: 7000亿, 1.03万亿, 5万
                    v = decimal(1 + random.nextInt(4), random.nextInt(3)).movePointRight(random.nextInt(15));
                    break;
                case 2: // anything, up to 29 digits before the point
                    v = decimal(1 + random.nextInt(20), random.nextInt(7)).movePointRight(random.nextInt(10));
                    break;
                case 3: // small, with decimals
                    v = decimal(1 + random.nextInt(6), random.nextInt(7));
                    break;
                default: // zero or a plain integer
                    v = random.nextInt(8) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(100_000));
                    break;
            }
        }
        if (random.nextInt(7) == 0) {
            v = v.negate();
        }
        return Decimals.canonical(v);
    }

    /** Returns a random number of the given count of digits, with the given count of decimals. */
    private BigDecimal decimal(int digits, int decimals) {
        StringBuilder b = new StringBuilder(digits);
        b.append((char) ('1' + random.nextInt(9)));
        for (int i = 1; i < digits; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return new BigDecimal(new BigInteger(b.toString()), Math.min(decimals, digits + 6));
    }
}
