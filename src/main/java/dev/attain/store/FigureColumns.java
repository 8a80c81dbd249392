package dev.attain.store;

import dev.attain.quantity.Figure;
import dev.attain.quantity.Qualifier;
import dev.attain.quantity.Tolerance;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/**
 * How a {@link Figure} is kept in eight columns: the phrase (its Chinese form), the qualifier,
 * the nominal number, the lower and upper bounds of its range (NULL for an unbounded end) with
 * whether each is included, and the unit's code. Numbers are bound as {@link BigDecimal} and
 * read back as such: exact in both directions.
 *
 * <h2>Implementation Requirements</h2>
 * This class is stateless and thread-safe.
 */
final class FigureColumns {

    /** The number of columns a figure takes. */
    static final int COUNT = 8;

    /**
     * The division that recovers the tolerance of an ABOUT or NEARLY band from its end: the end
     * was made as {@code n ∓ |n|·t}, so {@code (n − end) / |n|} is {@code t} exactly, a
     * terminating decimal; an unlimited context yields it or throws, never rounds.
     */
    private static final MathContext BAND_TOLERANCE = MathContext.UNLIMITED;

    private FigureColumns() {
    }

    /** The SQL types of the eight columns, in order. */
    static final int[] TYPES = {Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.NUMERIC, Types.BOOLEAN,
        Types.NUMERIC, Types.BOOLEAN, Types.VARCHAR};

    /**
     * Puts a figure's eight column values into {@code row} from {@code first} on: strings,
     * {@link BigDecimal}s, booleans, null for an unbounded end.
     *
     * @return the index after the last one put
     */
    static int values(Object[] row, int first, Figure f) {
        int i = first;
        row[i++] = f.toString();
        row[i++] = f.qualifier().name();
        row[i++] = f.nominal();
        row[i++] = f.lowerBound().orElse(null);
        row[i++] = f.lowerInclusive();
        row[i++] = f.upperBound().orElse(null);
        row[i++] = f.upperInclusive();
        row[i++] = f.unit().code();
        return i;
    }

    /**
     * Reads a figure from eight columns from {@code first} on.
     *
     * @param where  the row, for the message if the columns do not make a figure
     * @throws StoreException if the columns do not make the figure they describe
     */
    static Figure read(ResultSet rs, int first, String where) throws SQLException {
        Qualifier q;
        Unit unit;
        try {
            q = Qualifier.valueOf(rs.getString(first + 1));
            unit = Unit.of(rs.getString(first + 7));
        } catch (IllegalArgumentException e) {
            throw new StoreException(where + ": " + e.getMessage(), e);
        }
        BigDecimal n = rs.getBigDecimal(first + 2);
        BigDecimal lower = rs.getBigDecimal(first + 3);
        BigDecimal upper = rs.getBigDecimal(first + 5);
        Figure f;
        switch (q) {
            case BETWEEN:
                f = Figure.between(lower, upper, unit);
                break;
            case ABOUT:
            case NEARLY:
                BigDecimal t = n.signum() == 0 ? BigDecimal.ZERO : n.subtract(lower).divide(n.abs(), BAND_TOLERANCE);
                f = Figure.of(q, n, unit, new Tolerance(t, t));
                break;
            default:
                f = Figure.of(q, n, unit);
                break;
        }
        if (!sameEnd(f.lowerBound(), lower) || !sameEnd(f.upperBound(), upper)
                || f.lowerInclusive() != rs.getBoolean(first + 4) || f.upperInclusive() != rs.getBoolean(first + 6)) {
            throw new StoreException(where + ": the stored bounds [" + lower + ", " + upper + "] are not those of "
                    + q + " " + n + " " + unit.code() + " (" + f.range() + ")");
        }
        return f;
    }

    private static boolean sameEnd(Optional<BigDecimal> end, BigDecimal stored) {
        return end.isEmpty() ? stored == null : stored != null && end.get().compareTo(stored) == 0;
    }
}
