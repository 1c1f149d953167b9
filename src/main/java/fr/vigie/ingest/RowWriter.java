package fr.vigie.ingest;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where validated rows go: a row is {@code beginRow}, the target's values in table order (without
 * source), {@code endRow}. Implemented by a batch that the staging thread replays into the store.
 */
interface RowWriter {
    void beginRow(long line);

    void text(@Nullable String value);

    void count(@Nullable Long value);

    void flag(boolean value);

    void time(Instant value);

    void texts(List<String> values);

    void endRow();

    void quarantine(long line, @Nullable String field, String reason, @Nullable String raw);
}
