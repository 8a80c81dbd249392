package dev.attain.stream;

import java.util.List;

/**
 * The columns of a {@link TargetTable} file, from its header: their names and which of them
 * hold the id, the polarity, the target and the actual, and the group (or −1).
 */
record TableLayout(List<String> names, int idColumn, int polarityColumn, int targetColumn, int actualColumn,
        int groupColumn) {

    int columns() {
        return names.size();
    }

    String name(int column) {
        return names.get(column);
    }

    String header() {
        return String.join(",", names);
    }
}
