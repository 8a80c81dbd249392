package dev.attain.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.map_entries;
import static org.apache.spark.sql.functions.map_filter;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.transform_values;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import dev.attain.model.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What the join needs from the input tables, computed in Spark: the scope as a
 * {@code map<string,string>} (from a map or struct column {@code scope}, or from one column
 * {@code scope.<key>} per key as in the CSV outcome tables; empty cells leave their key out), a
 * key that is equal exactly when two scopes hold the same pairs, the indicator ids of a target,
 * and the index of a period's last month (from {@link Period#parse}, the one rule for periods).
 * Nothing here judges anything.
 */
final class Columns {

    /** The normalised scope column added to both tables. */
    static final String SCOPE = "_scope";

    private Columns() {
    }

    /**
     * The index of a period's last month (year × 12 + month − 1), or null when the text is null
     * or not a period: such a row is not dropped by the join ({@link ScopeGroups}), and its own
     * evaluation reports it.
     */
    static Integer lastMonth(String period) {
        if (period == null) {
            return null;
        }
        try {
            var last = Period.parse(period.trim()).last();
            return last.getYear() * 12 + last.getMonthValue() - 1;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Fails naming the table and the missing columns when a required one is absent. */
    static void require(Dataset<Row> table, String name, String... columns) {
        Set<String> have = Set.of(table.columns());
        List<String> missing = new ArrayList<>();
        for (String c : columns) {
            if (!have.contains(c)) {
                missing.add(c);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the " + name + " table has no column " + String.join(", ", missing)
                    + "; its columns are " + Arrays.toString(table.columns())
                    + " (the dataset format's fields; see dev.attain.spark.SparkRows)");
        }
    }

    /** The scope of each row of a table as a map without empty values; see the class comment. */
    static Column scope(Dataset<Row> table, String name) {
        StructType schema = table.schema();
        Column m;
        if (Set.of(schema.fieldNames()).contains("scope")) {
            DataType type = schema.apply("scope").dataType();
            if (type instanceof MapType) {
                m = col("scope").cast(DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType));
            } else if (type instanceof StructType struct) {
                m = pairs(Arrays.stream(struct.fieldNames()).toList(), k -> col("scope").getField(k));
            } else {
                throw new IllegalArgumentException("the " + name + " table's column 'scope' is " + type.simpleString()
                        + "; expected map<string,string>, a struct of strings, or one column 'scope.<key>' per key");
            }
        } else {
            List<String> keys = new ArrayList<>();
            for (StructField f : schema.fields()) {
                if (f.name().startsWith("scope.")) {
                    keys.add(f.name().substring("scope.".length()));
                }
            }
            m = keys.isEmpty() ? expr("cast(map() as map<string,string>)")
                    : pairs(keys, k -> col("`scope." + k + "`"));
        }
        Column trimmed = transform_values(m, (k, v) -> trim(v));
        return map_filter(trimmed, (k, v) -> v.isNotNull().and(v.notEqual(lit(""))));
    }

    private interface Cell {
        Column of(String key);
    }

    private static Column pairs(List<String> keys, Cell cell) {
        List<Column> kv = new ArrayList<>();
        for (String k : keys) {
            kv.add(lit(k));
            kv.add(cell.of(k).cast(DataTypes.StringType));
        }
        return map(kv.toArray(new Column[0]));
    }

    /** A key equal exactly when two scopes hold the same pairs, in whatever order: "k=v,k=v", sorted. */
    static Column scopeKey(Column scope) {
        Column entries = transform(map_entries(scope),
                e -> concat(e.getField("key"), lit("="), e.getField("value")));
        return array_join(array_sort(entries), ",");
    }

    /**
     * The ids of the indicators a target names: its {@code indicators} (an array, or text
     * separated by commas) or its {@code indicator}; null when it names none.
     */
    static Column indicators(Dataset<Row> targets) {
        Set<String> have = Set.of(targets.columns());
        Column many = null;
        if (have.contains("indicators")) {
            DataType type = targets.schema().apply("indicators").dataType();
            many = type instanceof ArrayType
                    ? col("indicators").cast(DataTypes.createArrayType(DataTypes.StringType))
                    : split(col("indicators").cast(DataTypes.StringType), ",");
            many = transform(many, x -> trim(x));
        }
        Column one = have.contains("indicator")
                ? when(col("indicator").isNotNull(), array(trim(col("indicator").cast(DataTypes.StringType))))
                : null;
        if (many == null && one == null) {
            throw new IllegalArgumentException("the targets table has neither column 'indicator' nor 'indicators'; "
                    + "its columns are " + Arrays.toString(targets.columns()));
        }
        return many == null ? one : one == null ? many : coalesce(many, one);
    }
}
