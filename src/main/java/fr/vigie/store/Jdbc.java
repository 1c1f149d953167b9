package fr.vigie.store;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/** Small JDBC plumbing shared by the table classes: parameters in, rows out, errors translated. */
final class Jdbc {
    private Jdbc() {}

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    static <T> List<T> query(Store store, String sql, RowMapper<T> mapper, @Nullable Object... params) {
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            bind(statement, params);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    static Long queryLong(Store store, String sql, @Nullable Object... params) {
        List<Long> values = query(store, sql, row -> row.getLong(1), params);
        return values.isEmpty() ? 0L : values.getFirst();
    }

    static int update(Store store, String sql, @Nullable Object... params) {
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            bind(statement, params);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /** Writes the values of one row of an appended table, in column order. */
    @FunctionalInterface
    interface RowValues<T> {
        List<@Nullable Object> of(T item);
    }

    /**
     * Appends items to a table with DuckDB's Appender (~100x faster than a prepared batch). Inside
     * {@link Store#inTransaction} the rows belong to the transaction.
     */
    static <T> long append(Store store, String table, Iterable<T> items, RowValues<T> values) {
        return append(store, null, table, items, values);
    }

    /** {@link #append} into a temporary table (catalog "temp"), e.g. to stage rows before an INSERT … SELECT. */
    static <T> long appendToTemporary(Store store, String table, Iterable<T> items, RowValues<T> values) {
        return append(store, "temp", table, items, values);
    }

    private static <T> long append(
            Store store, @Nullable String catalog, String table, Iterable<T> items, RowValues<T> values) {
        long rows = 0;
        try (DuckDBAppender appender = catalog == null
                ? store.connection().createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)
                : store.connection().createAppender(catalog, DuckDBConnection.DEFAULT_SCHEMA, table)) {
            for (T item : items) {
                appender.beginRow();
                for (Object value : values.of(item)) {
                    appendValue(appender, value);
                }
                appender.endRow();
                rows++;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot append to " + table + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private static void appendValue(DuckDBAppender appender, @Nullable Object value) throws SQLException {
        switch (value) {
            case null -> appender.appendNull();
            case String text -> appender.append(text);
            case Long number -> appender.append(number.longValue());
            case Integer number -> appender.append(number.intValue());
            case Double number -> appender.append(number.doubleValue());
            case Boolean flag -> appender.append(flag.booleanValue());
            case LocalDate date -> appender.append(date);
            case Instant instant ->
                appender.append(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
            case Collection<?> list -> appender.append(list);
            default ->
                throw new IllegalArgumentException(
                        "cannot append a " + value.getClass().getName());
        }
    }

    static @Nullable Integer nullableInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static void bind(PreparedStatement statement, @Nullable Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            switch (value) {
                case null -> statement.setObject(i + 1, null);
                case Instant instant -> statement.setTimestamp(i + 1, timestamp(instant));
                case LocalDate date -> statement.setObject(i + 1, date);
                case List<?> list ->
                    statement.setArray(i + 1, statement.getConnection().createArrayOf("VARCHAR", list.toArray()));
                default -> statement.setObject(i + 1, value);
            }
        }
    }

    /** A UTC instant as the TIMESTAMP (without zone) the store keeps. */
    static Timestamp timestamp(Instant instant) {
        return Timestamp.valueOf(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
    }

    static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        var value = row.getObject(column, java.time.LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    static @Nullable Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static @Nullable Double nullableDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (Object item : (Object[]) array.getArray()) {
            result.add(String.valueOf(item));
        }
        return result;
    }
}
