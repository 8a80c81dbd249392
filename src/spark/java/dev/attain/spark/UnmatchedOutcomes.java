package dev.attain.spark;

import com.google.common.collect.Iterators;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The outcome rows of a partition whose indicator and scope no target names, as the outcome
 * table gave them (its own columns, without the ones the join added); {@link ScopeGroups}
 * decides which.
 */
final class UnmatchedOutcomes implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final int columns;

    /** @param columns  the number of the outcome table's own columns, which come first in its rows */
    UnmatchedOutcomes(int columns) {
        this.columns = columns;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        return Iterators.concat(Iterators.transform(new ScopeGroups(input, true), scope -> {
            List<Row> rows = new ArrayList<>();
            for (Row o : scope.unmatched()) {
                Object[] cells = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    cells[i] = o.get(i);
                }
                rows.add(RowFactory.create(cells));
            }
            return rows.iterator();
        }));
    }
}
