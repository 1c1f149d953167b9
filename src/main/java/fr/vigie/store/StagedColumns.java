package fr.vigie.store;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The SQL that reads a target's packed staged rows ({@link PackedRow}) back: one column a field, in
 * table order, typed as in the target; the natural key; the insert of new keys and the correction of
 * stored rows. Built once per staging from the target's columns (source aside).
 */
final class StagedColumns {
    private record Column(String name, String type) {
        /** SQL turning field {@code f[i]} of the packed row back into this column's type. */
        String unpack(int i) {
            String field = "f[" + i + "]";
            return switch (type) {
                case "VARCHAR" -> "nullif(" + PackedRow.unescapeSql(field) + ", '')";
                case "BIGINT" -> "CAST(nullif(" + field + ", '') AS BIGINT)";
                case "BOOLEAN" -> field + " = 't'";
                case "TIMESTAMP" -> "make_timestamp(CAST(" + field + " AS BIGINT))";
                case "VARCHAR[]" ->
                    "CASE WHEN " + field + " = '' THEN []::VARCHAR[] ELSE list_transform(string_split(" + field
                            + ", chr(31)), lambda item: " + PackedRow.unescapeSql("item") + ") END";
                default -> throw new StoreException("cannot stage a " + type + " column (" + name + ")");
            };
        }
    }

    private final ImportTarget target;
    private final String rowsTable;
    private final List<Column> columns;
    private final List<String> keys;

    StagedColumns(Store store, ImportTarget target, String rowsTable) {
        this.target = target;
        this.rowsTable = rowsTable;
        this.columns = Jdbc.query(
                store,
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'main'"
                        + " AND table_name = ? AND column_name <> 'source' ORDER BY ordinal_position",
                row -> new Column(row.getString(1), row.getString(2)),
                target.table());
        this.keys = List.of(target.key().split(",\\s*"));
    }

    /** The staged rows with their line and their natural key only, as {@code line, k0, k1, …}. */
    String keyedLines() {
        List<String> keyFields = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (keys.contains(columns.get(i).name())) {
                keyFields.add("f[" + (i + 1) + "] AS k" + keyFields.size());
            }
        }
        return "(SELECT line, " + String.join(", ", keyFields) + " FROM (SELECT line, string_split(packed, chr(30))"
                + " AS f FROM " + rowsTable + "))";
    }

    /** The key columns of {@link #keyedLines()}: {@code k0, k1, …}. */
    String keyAliases() {
        List<String> aliases = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            aliases.add("k" + i);
        }
        return String.join(", ", aliases);
    }

    /** Inserts the staged rows whose key is not stored yet; one parameter: the source. */
    String insertNewKeys() {
        return "INSERT INTO " + target.table() + " (" + String.join(", ", names()) + ", source) SELECT s.*,"
                + " CAST(? AS VARCHAR) FROM " + typed() + " ANTI JOIN " + target.table() + " t USING ("
                + target.key() + ")";
    }

    /**
     * Re-imported rows whose key is stored but whose values differ correct the stored row: a value
     * given replaces the stored one, an empty value (unknown) keeps it. The key, the source and the
     * simulated label of a stored row never change. Null when the target has nothing but its key.
     */
    @Nullable String correctStoredRows() {
        List<String> values = names().stream()
                .filter(n -> !keys.contains(n) && !n.equals("simulated"))
                .toList();
        if (values.isEmpty()) {
            return null;
        }
        return "UPDATE " + target.table() + " AS t SET "
                + String.join(
                        ", ",
                        values.stream()
                                .map(c -> c + " = coalesce(s." + c + ", t." + c + ")")
                                .toList())
                + " FROM " + typed() + " WHERE "
                + String.join(
                        " AND ", keys.stream().map(k -> "t." + k + " = s." + k).toList())
                + " AND ("
                + String.join(
                        " OR ",
                        values.stream()
                                .map(c -> "(s." + c + " IS NOT NULL AND s." + c + " IS DISTINCT FROM t." + c + ")")
                                .toList())
                + ")";
    }

    /** The number of values a packed row of this target holds. */
    int count() {
        return columns.size();
    }

    private List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /** The staged rows typed as the target's columns, as relation {@code s}. */
    private String typed() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            values.add(columns.get(i).unpack(i + 1));
        }
        return "(SELECT " + String.join(", ", values) + " FROM (SELECT string_split(packed, chr(30)) AS f FROM "
                + rowsTable + ")) s (" + String.join(", ", names()) + ")";
    }
}
