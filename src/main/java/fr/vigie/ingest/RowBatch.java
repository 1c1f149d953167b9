package fr.vigie.ingest;

import fr.vigie.store.ImportStaging;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A batch of written rows and quarantined lines, recorded by the reading thread and replayed into
 * the staging by the thread that owns the store connection. Arrays are reused: no per-value objects
 * beyond the values themselves.
 */
final class RowBatch implements RowWriter {
    static final int ROWS = 4096;

    private static final byte BEGIN = 0,
            TEXT = 1,
            COUNT = 2,
            NULL_COUNT = 3,
            TRUE = 4,
            FALSE = 5,
            TIME = 6,
            TEXTS = 7,
            END = 8,
            QUARANTINE = 9;

    private byte[] tags = new byte[ROWS * 12];
    private long[] longs = new long[ROWS * 12];
    private @Nullable Object[] objects = new Object[ROWS * 12];
    private int size;
    private int rows;

    boolean full() {
        return rows >= ROWS;
    }

    boolean isEmpty() {
        return size == 0;
    }

    private void add(byte tag, long number, @Nullable Object object) {
        if (size == tags.length) {
            int capacity = size * 2;
            tags = java.util.Arrays.copyOf(tags, capacity);
            longs = java.util.Arrays.copyOf(longs, capacity);
            objects = java.util.Arrays.copyOf(objects, capacity);
        }
        tags[size] = tag;
        longs[size] = number;
        objects[size++] = object;
    }

    @Override
    public void beginRow(long line) {
        add(BEGIN, line, null);
    }

    @Override
    public void text(@Nullable String value) {
        add(TEXT, 0, value);
    }

    @Override
    public void count(@Nullable Long value) {
        if (value == null) {
            add(NULL_COUNT, 0, null);
        } else {
            add(COUNT, value, null);
        }
    }

    @Override
    public void flag(boolean value) {
        add(value ? TRUE : FALSE, 0, null);
    }

    @Override
    public void time(Instant value) {
        add(TIME, Math.addExact(Math.multiplyExact(value.getEpochSecond(), 1_000_000L), value.getNano() / 1_000), null);
    }

    @Override
    public void texts(List<String> values) {
        add(TEXTS, 0, values);
    }

    @Override
    public void endRow() {
        add(END, 0, null);
        rows++;
    }

    @Override
    public void quarantine(long line, @Nullable String field, String reason, @Nullable String raw) {
        add(QUARANTINE, line, new Object[] {field, reason, raw});
        rows++;
    }

    /** Appends everything recorded to the staging, then empties the batch for reuse. */
    @SuppressWarnings("unchecked")
    void replayInto(ImportStaging staging) {
        for (int i = 0; i < size; i++) {
            Object object = objects[i];
            switch (tags[i]) {
                case BEGIN -> staging.beginRow(longs[i]);
                case TEXT -> staging.text((String) object);
                case COUNT -> staging.count(longs[i]);
                case NULL_COUNT -> staging.count(null);
                case TRUE -> staging.flag(true);
                case FALSE -> staging.flag(false);
                case TIME -> staging.timeMicros(longs[i]);
                case TEXTS -> staging.texts((List<String>) object);
                case END -> staging.endRow();
                case QUARANTINE -> {
                    Object[] q = (Object[]) object;
                    staging.quarantine(longs[i], (String) q[0], (String) q[1], (String) q[2]);
                }
                default -> throw new IllegalStateException("unknown tag " + tags[i]);
            }
            objects[i] = null;
        }
        size = 0;
        rows = 0;
    }
}
