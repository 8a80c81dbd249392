package dev.attain.io;

import dev.attain.model.Dataset;
import dev.attain.quantity.Tolerance;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Datasets as {@code .xlsx} workbooks: a sheet each for {@code indicators}, {@code targets} and
 * {@code outcomes} (and {@code dataset}, holding the title), one record a row under a header
 * row that names the fields as the JSON format does; nested fields by their path
 * ({@code baseline.value}, {@code scope.region}, {@code source.document},
 * {@code schedule[0].share}); {@code tags} and {@code indicators} as comma-separated lists.
 * A {@code source} column is the source's document, as in a CSV table; an empty {@code unit}
 * cell of an indicator is the plain number's unit ({@code "unit": ""} in JSON).
 *
 * <p>Reading turns each row into the same located tree a JSON file is read into, and binds it
 * with the same {@link Binder}, as YAML is bound (a cell's type does not matter: a period typed
 * as the number 2022 is the text "2022"); so every rule is the one of the other formats and
 * every problem names the sheet ({@code plan.xlsx[targets]}), the row and the column. A number
 * is read from the decimal text the workbook stores, never through {@code double}; a cell
 * formatted as a percentage is read as that percentage ({@code 0.083} shown as 8.3% is
 * "8.3%"); a cell formatted as a date is an ISO date. A formula or an error cell, a column
 * without a name, a row above the header and a sheet of another name are problems, never
 * silently read or skipped.
 */
final class Workbooks {

    static final List<String> SHEETS = List.of("dataset", "indicators", "targets", "outcomes");
    /** Fields that are arrays of texts: a cell holds them separated by commas. */
    private static final Set<String> LISTS = Set.of("tags", "indicators");
    private static final int HEADER_SEARCH = 20;
    private static final Pattern PATH = Pattern.compile("([^.\\[\\]]+)((?:\\[\\d+\\])?)");

    private Workbooks() {
    }

    private static List<String> fields(String sheet) {
        switch (sheet) {
            case "dataset":
                return List.of("title");
            case "indicators":
                return Binder.INDICATOR_FIELDS;
            case "targets":
                return Binder.TARGET_FIELDS;
            default:
                return Binder.OUTCOME_FIELDS;
        }
    }

    // ---- reading ---------------------------------------------------------------------------

    /** Reads a workbook's sheets into the assembler, as the records of a JSON file would be. */
    static void read(Assembler a, Path path, Tolerance tolerance) {
        String name = path.toString();
        a.file(name);
        try (InputStream in = Files.newInputStream(path);
                ReadableWorkbook wb = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            List<Sheet> sheets = wb.getSheets().toList();
            for (Sheet sheet : sheets) {
                String sheetName = sheet.getName().strip();
                String kind = sheetName.toLowerCase(Locale.ROOT);
                String file = name + "[" + sheetName + "]";
                if (!SHEETS.contains(kind)) {
                    a.unreadable(file, Loc.START, "sheet", null, "unknown sheet '" + sheetName + "', not read."
                            + MessageText.suggestion(kind, SHEETS) + " The sheets of a dataset are dataset (its title),"
                            + " indicators, targets and outcomes.");
                    continue;
                }
                try (Stream<Row> rows = sheet.openStream()) {
                    new SheetReader(a, file, kind, wb.isDate1904(), tolerance).read(rows.iterator());
                }
            }
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException(e);
        } catch (IOException | ExcelReaderException | IllegalStateException e) {
            a.unreadable(name, Loc.START, "file", null, "not a readable .xlsx workbook: "
                    + MessageText.oneLine(e.getMessage()));
        }
    }

    /** Reads one sheet: finds its header, turns each row into a located object, binds them. */
    private static final class SheetReader {
        private final Assembler a;
        private final String file;
        private final String kind;
        private final boolean date1904;
        private final Tolerance tolerance;
        private final List<String> fields;
        /** The field path of each column, or null for a column not read. */
        private final List<@Nullable String> columns = new ArrayList<>();
        private int headerRow;
        private final List<Node> items = new ArrayList<>();
        private final List<Integer> unnamedReported = new ArrayList<>();
        /** The columns the header names, read or not. */
        private final Set<Integer> named = new java.util.HashSet<>();

        SheetReader(Assembler a, String file, String kind, boolean date1904, Tolerance tolerance) {
            this.a = a;
            this.file = file;
            this.kind = kind;
            this.date1904 = date1904;
            this.tolerance = tolerance;
            this.fields = fields(kind);
        }

        void read(Iterator<Row> rows) {
            List<Row> above = new ArrayList<>();
            Row header = null;
            while (rows.hasNext() && header == null) {
                Row r = rows.next();
                if (isBlank(r)) {
                    continue;
                }
                if (isHeader(r)) {
                    header = r;
                } else if (above.size() < HEADER_SEARCH) {
                    above.add(r);
                } else {
                    break;
                }
            }
            if (header == null) {
                a.unreadable(file, Loc.START, "sheet", null, "no header row: expected a row naming the columns "
                        + String.join(", ", fields) + "; no row was read");
                return;
            }
            for (Row r : above) {
                a.unreadable(file, new Loc(r.getRowNum(), 1), "row " + r.getRowNum(), null, "row "
                        + r.getRowNum() + " above the header (row " + header.getRowNum() + ") is not read: '"
                        + MessageText.quote(text(r)) + "'; a sheet holds the header row, then one record a row");
            }
            header(header);
            while (rows.hasNext()) {
                Row r = rows.next();
                if (!isBlank(r)) {
                    row(r);
                }
            }
            Node.Obj root = new Node.Obj(Loc.START, List.of(new Node.Member(kind.equals("dataset") ? "title" : kind,
                    Loc.START, kind.equals("dataset") ? title() : new Node.Arr(Loc.START, List.copyOf(items)))));
            new Binder(new BindContext(file, true, tolerance)).document(root, a);
        }

        private Node title() {
            if (items.isEmpty()) {
                return new Node.Val(Loc.START, JsonToken.VALUE_NULL, "null");
            }
            for (int i = 1; i < items.size(); i++) {
                a.unreadable(file, items.get(i).loc(), "row " + items.get(i).loc().line(), "title",
                        "the dataset sheet holds one row, the title; this one is not read");
            }
            Node.Obj first = (Node.Obj) items.get(0);
            return first.members().stream().filter(m -> m.name().equals("title")).map(Node.Member::value).findFirst()
                    .orElse(new Node.Val(first.loc(), JsonToken.VALUE_NULL, "null"));
        }

        private boolean isHeader(Row r) {
            for (Cell c : r) {
                if (c != null && c.getType() == org.dhatim.fastexcel.reader.CellType.STRING) {
                    String top = top(c.getText().strip());
                    if (fields.contains(top) || top.equals("source")) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static String top(String path) {
            int i = 0;
            while (i < path.length() && path.charAt(i) != '.' && path.charAt(i) != '[') {
                i++;
            }
            return path.substring(0, i);
        }

        private void header(Row h) {
            headerRow = h.getRowNum();
            List<String> unknown = new ArrayList<>();
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (int i = 0; i < h.getCellCount(); i++) {
                Cell c = h.getCell(i);
                String name = c == null || c.getType() == org.dhatim.fastexcel.reader.CellType.EMPTY ? ""
                        : c.getText().strip();
                if (name.equals("source") && !kind.equals("indicators")) {
                    name = "source.document"; // as in a CSV table of outcomes
                }
                String path = null;
                if (!name.isEmpty()) {
                    named.add(i);
                    Integer before = seen.putIfAbsent(name, i);
                    if (before != null) {
                        unknown.add("column " + column(i) + " '" + name + "' repeats column " + column(before)
                                + ", ignored");
                    } else if (!fields.contains(top(name)) || !PATH.matcher(name).lookingAt()) {
                        unknown.add("unknown column " + column(i) + " '" + name + "', ignored."
                                + MessageText.suggestion(top(name), fields));
                    } else {
                        path = name;
                    }
                }
                columns.add(path);
            }
            if (!unknown.isEmpty()) {
                a.unreadable(file, new Loc(headerRow, 1), "header", null, String.join("; ", unknown)
                        + " Known columns: " + String.join(", ", fields) + " (nested fields by their path, such as"
                        + " baseline.value or scope.region).");
            }
        }

        /** One record: its cells as a located object, or a problem if a cell cannot be read. */
        private void row(Row r) {
            int line = r.getRowNum();
            List<String> problems = new ArrayList<>();
            int problemColumn = 0;
            Tree tree = new Tree(new Loc(line, 1));
            for (int i = 0; i < r.getCellCount(); i++) {
                Cell c = r.getCell(i);
                if (c == null || c.getType() == org.dhatim.fastexcel.reader.CellType.EMPTY) {
                    continue;
                }
                Loc loc = new Loc(line, i + 1);
                String path = i < columns.size() ? columns.get(i) : null;
                if (path == null) {
                    if (!named.contains(i) && !unnamedReported.contains(i) && !isBlankCell(c)) {
                        unnamedReported.add(i);
                        a.unreadable(file, loc, "column " + column(i), null, "column " + column(i) + " has no name"
                                + " in the header (row " + headerRow + "; a merged header cell?), so its cells are"
                                + " not read; name it with a field such as " + fields.get(0));
                    }
                    continue;
                }
                String problem = null;
                Node.Val v = null;
                try {
                    v = value(c, loc);
                } catch (IllegalArgumentException e) {
                    problem = column(i) + line + ": " + e.getMessage();
                }
                if (problem != null) {
                    if (problems.isEmpty()) {
                        problemColumn = i + 1;
                    }
                    problems.add(problem);
                } else if (v != null) {
                    tree.put(path, v, LISTS.contains(path));
                }
            }
            if (!problems.isEmpty()) {
                a.unreadable(file, new Loc(line, problemColumn), "row " + line, null, String.join("; ", problems));
                return;
            }
            int unit = columns.indexOf("unit");
            if (!tree.isEmpty() && kind.equals("indicators") && unit >= 0 && !tree.members.containsKey("unit")) {
                // an empty unit cell is the plain number's unit, as "unit": "" is in JSON
                tree.put("unit", new Node.Val(new Loc(line, unit + 1), JsonToken.VALUE_STRING, ""), false);
            }
            if (!tree.isEmpty()) {
                items.add(tree.node());
            }
        }

        /** The cell as a scalar of the tree, or null if blank; throws with the reason it cannot be read. */
        private Node.@Nullable Val value(Cell c, Loc loc) {
            switch (c.getType()) {
                case STRING: {
                    String t = c.getText().strip();
                    return t.isEmpty() ? null : new Node.Val(loc, JsonToken.VALUE_STRING, t);
                }
                case BOOLEAN:
                    return new Node.Val(loc, Boolean.TRUE.equals(c.asBoolean()) ? JsonToken.VALUE_TRUE
                            : JsonToken.VALUE_FALSE, String.valueOf(c.asBoolean()));
                case NUMBER:
                    return number(c, loc);
                case FORMULA:
                    throw new IllegalArgumentException("the cell holds a formula (=" + c.getFormula() + "); a dataset"
                            + " holds values: type the value itself (a total row is not a record: roll-ups add up"
                            + " the targets)");
                case ERROR:
                    throw new IllegalArgumentException("the cell holds an error (" + c.getRawValue() + ")");
                default:
                    return null;
            }
        }

        /** A number from its stored decimal text: a date or a percentage when so formatted. */
        private Node.Val number(Cell c, Loc loc) {
            String raw = c.getRawValue().strip();
            BigDecimal n;
            try {
                n = new BigDecimal(raw);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the number '" + MessageText.quote(raw) + "' cannot be read");
            }
            String format = c.getDataFormatString();
            Integer formatId = c.getDataFormatId();
            if (isDate(format, formatId)) {
                if (n.stripTrailingZeros().scale() > 0) {
                    throw new IllegalArgumentException("a date and time (" + raw + "); a date is expected");
                }
                LocalDate day = (date1904 ? LocalDate.of(1904, 1, 1) : LocalDate.of(1899, 12, 30))
                        .plusDays(n.longValueExact());
                return new Node.Val(loc, JsonToken.VALUE_STRING, day.toString());
            }
            if (format != null && format.replaceAll("\"[^\"]*\"", "").contains("%")) {
                return new Node.Val(loc, JsonToken.VALUE_STRING, n.movePointRight(2).stripTrailingZeros().toPlainString()
                        + "%");
            }
            return new Node.Val(loc, n.scale() > 0 ? JsonToken.VALUE_NUMBER_FLOAT : JsonToken.VALUE_NUMBER_INT,
                    n.toPlainString());
        }

        private static boolean isDate(@Nullable String format, @Nullable Integer id) {
            if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) {
                return true;
            }
            if (format == null || format.equalsIgnoreCase("General")) {
                return false;
            }
            String f = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^\\]]*\\]", "").replaceAll("\\\\.", "")
                    .toLowerCase(Locale.ROOT);
            return f.contains("y") || f.contains("d");
        }

        private static boolean isBlank(Row r) {
            for (Cell c : r) {
                if (c != null && !isBlankCell(c)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isBlankCell(Cell c) {
            return c.getType() == org.dhatim.fastexcel.reader.CellType.EMPTY
                    || c.getType() == org.dhatim.fastexcel.reader.CellType.STRING && c.getText().isBlank();
        }

        private static String text(Row r) {
            StringBuilder sb = new StringBuilder();
            for (Cell c : r) {
                if (c != null && !isBlankCell(c)) {
                    if (sb.length() > 0) {
                        sb.append(' ');
                    }
                    sb.append(c.getText().strip());
                }
            }
            return sb.toString();
        }
    }

    /** The column's letters, as a spreadsheet names it: A, B, …, Z, AA … */
    static String column(int index) {
        StringBuilder sb = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            sb.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return sb.toString();
    }

    /** Cells of one row gathered into nested objects and arrays by their paths. */
    private static final class Tree {
        private final Loc loc;
        private final Map<String, Object> members = new LinkedHashMap<>();

        Tree(Loc loc) {
            this.loc = loc;
        }

        boolean isEmpty() {
            return members.isEmpty();
        }

        void put(String path, Node.Val v, boolean list) {
            Matcher m = PATH.matcher(path);
            Tree at = this;
            List<String[]> parts = new ArrayList<>();
            while (m.find()) {
                parts.add(new String[] {m.group(1), m.group(2)});
            }
            for (int i = 0; i < parts.size(); i++) {
                String name = parts.get(i)[0];
                String index = parts.get(i)[1];
                boolean last = i == parts.size() - 1;
                if (index.isEmpty()) {
                    if (last) {
                        at.members.put(name, list ? split(v) : v);
                    } else {
                        at = (Tree) at.members.computeIfAbsent(name, k -> new Tree(v.loc()));
                    }
                } else {
                    @SuppressWarnings("unchecked")
                    TreeMap<Integer, Object> arr = (TreeMap<Integer, Object>) at.members.computeIfAbsent(name,
                            k -> new TreeMap<Integer, Object>());
                    int idx = Integer.parseInt(index.substring(1, index.length() - 1));
                    if (last) {
                        arr.put(idx, v);
                    } else {
                        at = (Tree) arr.computeIfAbsent(idx, k -> new Tree(v.loc()));
                    }
                }
            }
        }

        private static Node split(Node.Val v) {
            List<Node> items = new ArrayList<>();
            for (String s : v.text().split(",")) {
                if (!s.isBlank()) {
                    items.add(new Node.Val(v.loc(), JsonToken.VALUE_STRING, s.strip()));
                }
            }
            return new Node.Arr(v.loc(), items);
        }

        Node node() {
            List<Node.Member> out = new ArrayList<>();
            for (Map.Entry<String, Object> e : members.entrySet()) {
                Node n = node(e.getValue(), loc);
                out.add(new Node.Member(e.getKey(), n.loc(), n));
            }
            return new Node.Obj(loc, out);
        }

        @SuppressWarnings("unchecked")
        private static Node node(Object o, Loc loc) {
            if (o instanceof Node n) {
                return n;
            }
            if (o instanceof Tree t) {
                return t.node();
            }
            List<Node> items = new ArrayList<>();
            for (Object item : ((TreeMap<Integer, Object>) o).values()) {
                items.add(node(item, loc));
            }
            return new Node.Arr(items.isEmpty() ? loc : items.get(0).loc(), items);
        }
    }

    // ---- writing ---------------------------------------------------------------------------

    /** Writes a dataset as a workbook that {@link #read} reads back to an equal dataset: every cell text. */
    static void write(Dataset dataset, OutputStream out) throws IOException {
        // through the text, as the tree builder cannot take the plain-notation numbers the writer writes
        JsonNode tree = Datasets.jsonMapper().readTree(Datasets.toJson(dataset));
        Workbook wb = new Workbook(out, "Attain", "1.0");
        if (dataset.title().isPresent()) {
            Worksheet ws = wb.newWorksheet("dataset");
            header(ws, List.of("title"));
            ws.value(1, 0, dataset.title().get());
        }
        for (String sheet : List.of("indicators", "targets", "outcomes")) {
            List<Map<String, String>> rows = new ArrayList<>();
            List<String> columns = new ArrayList<>();
            JsonNode records = tree.get(sheet);
            if (records != null) {
                for (JsonNode r : records) {
                    Map<String, String> flat = new LinkedHashMap<>();
                    flatten(r, "", flat);
                    for (String k : flat.keySet()) {
                        if (!columns.contains(k)) {
                            columns.add(k);
                        }
                    }
                    rows.add(flat);
                }
            }
            if (columns.isEmpty()) {
                columns.addAll(fields(sheet).subList(0, Math.min(4, fields(sheet).size())));
            }
            Worksheet ws = wb.newWorksheet(sheet);
            header(ws, columns);
            for (int i = 0; i < rows.size(); i++) {
                for (int c = 0; c < columns.size(); c++) {
                    String v = rows.get(i).get(columns.get(c));
                    if (v != null) {
                        ws.value(i + 1, c, v);
                    }
                }
            }
        }
        wb.finish();
    }

    private static void header(Worksheet ws, List<String> columns) {
        for (int c = 0; c < columns.size(); c++) {
            ws.value(0, c, columns.get(c));
            ws.style(0, c).bold().fillColor("DDDDDD").set();
        }
        ws.freezePane(0, 1);
    }

    private static void flatten(JsonNode n, String path, Map<String, String> out) {
        if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                flatten(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
            }
        } else if (n.isArray()) {
            boolean scalars = true;
            for (JsonNode item : n) {
                scalars &= item.isValueNode();
            }
            if (scalars && LISTS.contains(path)) {
                List<String> parts = new ArrayList<>();
                for (JsonNode item : n) {
                    parts.add(item.asString());
                }
                out.put(path, String.join(", ", parts));
            } else {
                int i = 0;
                for (JsonNode item : n) {
                    flatten(item, path + "[" + i++ + "]", out);
                }
            }
        } else if (!n.isNull()) {
            out.put(path, n.isNumber() ? n.decimalValue().toPlainString() : n.asString());
        }
    }
}
