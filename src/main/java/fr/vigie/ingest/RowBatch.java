package fr.vigie.ingest;

import fr.vigie.store.ImportStaging;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A batch of packed rows and quarantined lines, filled by the reading thread and appended to the
 * staging by the thread that owns the store connection. Its arrays are reused batch after batch.
 */
final class RowBatch {
    static final int ROWS = 4096;

    private final long[] lines = new long[ROWS];
    private final String[] packed = new String[ROWS];
    private final int[] fields = new int[ROWS];
    private int rows;
    private long[] quarantinedLines = new long[16];
    private @Nullable String[] quarantined = new String[16 * 3];
    private int quarantines;

    boolean full() {
        return rows == ROWS || quarantines >= ROWS;
    }

    boolean isEmpty() {
        return rows == 0 && quarantines == 0;
    }

    void row(long line, String row, int fieldCount) {
        lines[rows] = line;
        packed[rows] = row;
        fields[rows++] = fieldCount;
    }

    void quarantine(long line, @Nullable String field, String reason, @Nullable String raw) {
        if (quarantines == quarantinedLines.length) {
            quarantinedLines = Arrays.copyOf(quarantinedLines, quarantines * 2);
            quarantined = Arrays.copyOf(quarantined, quarantines * 2 * 3);
        }
        quarantinedLines[quarantines] = line;
        quarantined[quarantines * 3] = field;
        quarantined[quarantines * 3 + 1] = reason;
        quarantined[quarantines * 3 + 2] = raw;
        quarantines++;
    }

    /** Appends everything to the staging, then empties the batch for reuse. */
    void appendTo(ImportStaging staging) {
        for (int i = 0; i < rows; i++) {
            staging.append(lines[i], packed[i], fields[i]);
            packed[i] = null;
        }
        for (int i = 0; i < quarantines; i++) {
            String reason = quarantined[i * 3 + 1];
            staging.quarantine(
                    quarantinedLines[i], quarantined[i * 3], reason == null ? "" : reason, quarantined[i * 3 + 2]);
        }
        Arrays.fill(quarantined, 0, quarantines * 3, null);
        rows = 0;
        quarantines = 0;
    }
}
