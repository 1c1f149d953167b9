package fr.vigie.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * The embedded DuckDB store: one file (or memory for tests), migrated on open. The only way the
 * rest of Vigie reaches SQL is through the table classes of this package, each built on a Store.
 *
 * <p>A Store holds one connection and is not thread-safe; DuckDB parallelises each query itself.
 */
public final class Store implements AutoCloseable {
    private final DuckDBConnection connection;
    private final @Nullable Path file;
    private java.util.function.@Nullable Supplier<ArchiveSeal> archiveSeal;

    private Store(DuckDBConnection connection, @Nullable Path file) {
        this.connection = connection;
        this.file = file;
    }

    /** Opens (creating if needed) the store file and applies pending migrations. */
    public static Store open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return openUrl("jdbc:duckdb:" + file.toAbsolutePath(), file);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the folder of the store " + file + ": " + e.getMessage(), e);
        }
    }

    /** An in-memory store, migrated, for tests and throw-away computations. */
    public static Store inMemory() {
        return openUrl("jdbc:duckdb:", null);
    }

    private static Store openUrl(String url, @Nullable Path file) {
        try {
            var connection = (DuckDBConnection) DriverManager.getConnection(url);
            var store = new Store(connection, file);
            try {
                store.execute("SET TimeZone = 'UTC'");
                Migrations.apply(store);
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
            return store;
        } catch (SQLException e) {
            String where = file == null ? "in memory" : file.toString();
            throw new StoreException("cannot open the store " + where + ": " + e.getMessage(), e);
        }
    }

    /**
     * Another connection to the same database (file or memory), for a second thread: each Store is
     * used by one thread at a time, and DuckDB isolates the connections' transactions. Close it when
     * done; closing it leaves this one open.
     */
    public Store duplicate() {
        try {
            var copy = new Store((DuckDBConnection) connection.duplicate(), file);
            copy.execute("SET TimeZone = 'UTC'");
            copy.archiveSeal = archiveSeal;
            return copy;
        } catch (SQLException e) {
            throw new StoreException("cannot open another connection to the store: " + e.getMessage(), e);
        }
    }

    /** The file behind this store, or null when it lives in memory. */
    public @Nullable Path file() {
        return file;
    }

    /** Caps DuckDB's own memory and threads (e.g. "3GB", 2). */
    public void limit(String memory, int threads) {
        limitMemory(memory);
        execute("SET threads = " + threads);
    }

    /** Caps DuckDB's own memory (e.g. "3GB"); beyond it DuckDB spills to disk or says it cannot. */
    /**
     * Seals the raw archive with this seal from now on (asked for on the first archived or read sealed
     * payload: it may create the workspace's key). Without one, payloads are stored unsealed.
     */
    public void sealArchiveWith(java.util.function.Supplier<ArchiveSeal> seal) {
        this.archiveSeal = seal;
    }

    /** The archive's seal, or null when the archive is not sealed. */
    @Nullable ArchiveSeal archiveSeal() {
        return archiveSeal == null ? null : archiveSeal.get();
    }

    public void limitMemory(String memory) {
        if (!memory.matches("\\d+(\\.\\d+)?\\s*[KMGT]i?B")) {
            throw new StoreException("memory limit '" + memory + "' is not a size such as 3GB or 512MB");
        }
        execute("SET memory_limit = '" + memory + "'");
    }

    DuckDBConnection connection() {
        return connection;
    }

    void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /**
     * Runs work in one transaction: committed if it returns, rolled back if it throws, so a crash
     * in the middle of an import leaves the store as it was before. Work that is already inside a
     * transaction joins it: the outermost transaction commits or rolls back everything.
     */
    public <T> T inTransaction(TransactionWork<T> work) {
        try {
            if (!connection.getAutoCommit()) {
                return work.run();
            }
            connection.setAutoCommit(false);
            // DuckDB's JDBC driver begins the transaction at the next statement, and an Appender is
            // not one: without this, rows appended first would escape a rollback.
            execute("SELECT 1");
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("transaction failed: " + e.getMessage(), e);
        }
    }

    /** Work done inside {@link #inTransaction}. */
    @FunctionalInterface
    public interface TransactionWork<T> {
        T run();
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store: " + e.getMessage(), e);
        }
    }

    static Connection jdbc(Store store) {
        return store.connection;
    }
}
