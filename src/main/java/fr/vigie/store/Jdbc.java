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
import java.util.List;
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
