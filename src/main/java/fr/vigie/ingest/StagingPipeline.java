package fr.vigie.ingest;

import fr.vigie.store.ImportStaging;
import fr.vigie.store.PackedRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Reads and validates a file on one thread while the calling thread appends the rows to the
 * staging: the two halves of an import take comparable time, so overlapping them nearly halves it
 * on two cores. A small bounded queue keeps memory flat; the store is only touched by the caller's
 * thread, which owns its connection.
 */
final class StagingPipeline {
    private static final int QUEUE = 4;

    private StagingPipeline() {}

    /** Produces rows into a writer; returns the number of rows read. */
    @FunctionalInterface
    interface Producer {
        long produce(RowWriter out) throws IOException;
    }

    static long run(ImportStaging staging, Producer producer) throws IOException {
        BlockingQueue<RowBatch> full = new ArrayBlockingQueue<>(QUEUE);
        BlockingQueue<RowBatch> free = new ArrayBlockingQueue<>(QUEUE + 2);
        for (int i = 0; i < QUEUE + 2; i++) {
            free.add(new RowBatch());
        }
        var cancelled = new AtomicBoolean();
        var failure = new AtomicReference<Throwable>();
        var read = new long[1];
        RowBatch endMarker = new RowBatch();
        Thread reader = Thread.ofPlatform().name("vigie-import-reader").daemon().start(() -> {
            try {
                var out = new Handoff(full, free, cancelled);
                read[0] = producer.produce(out);
                out.flush();
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                putQuietly(full, endMarker, cancelled);
            }
        });
        try {
            while (true) {
                RowBatch batch = full.take();
                if (batch == endMarker) {
                    break;
                }
                batch.appendTo(staging);
                free.put(batch);
            }
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } finally {
            cancelled.set(true);
        }
        switch (failure.get()) {
            case null -> {}
            case IOException io -> throw io;
            case RuntimeException runtime -> throw runtime;
            case Error error -> throw error;
            case Throwable other -> throw new UncheckedIOException(new IOException(other));
        }
        return read[0];
    }

    private static void putQuietly(BlockingQueue<RowBatch> queue, RowBatch batch, AtomicBoolean cancelled) {
        try {
            while (!cancelled.get() && !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                // the consumer is busy; wait unless it gave up
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The reading thread's writer: packs rows into a batch, hands it over when full, takes a free one. */
    private static final class Handoff implements RowWriter {
        private final BlockingQueue<RowBatch> full;
        private final BlockingQueue<RowBatch> free;
        private final AtomicBoolean cancelled;
        private final PackedRow row = new PackedRow();
        private RowBatch batch;
        private long line;

        Handoff(BlockingQueue<RowBatch> full, BlockingQueue<RowBatch> free, AtomicBoolean cancelled) {
            this.full = full;
            this.free = free;
            this.cancelled = cancelled;
            this.batch = free.remove();
        }

        private void handOverIfFull() {
            if (batch.full()) {
                flush();
                try {
                    RowBatch next;
                    while ((next = free.poll(100, TimeUnit.MILLISECONDS)) == null) {
                        if (cancelled.get()) {
                            throw new IllegalStateException("import cancelled");
                        }
                    }
                    batch = next;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("import interrupted", e);
                }
            }
        }

        void flush() {
            if (cancelled.get()) {
                throw new IllegalStateException("import cancelled");
            }
            if (!batch.isEmpty()) {
                putQuietly(full, batch, cancelled);
            }
        }

        @Override
        public void beginRow(long line) {
            this.line = line;
            row.begin();
        }

        @Override
        public void text(@Nullable String value) {
            row.text(value);
        }

        @Override
        public void count(@Nullable Long value) {
            row.count(value);
        }

        @Override
        public void flag(boolean value) {
            row.flag(value);
        }

        @Override
        public void time(Instant value) {
            row.time(value);
        }

        @Override
        public void texts(List<String> values) {
            row.texts(values);
        }

        @Override
        public void endRow() {
            batch.row(line, row.finish(), row.fields());
            handOverIfFull();
        }

        @Override
        public void quarantine(long line, @Nullable String field, String reason, @Nullable String raw) {
            batch.quarantine(line, field, reason, raw);
            handOverIfFull();
        }
    }
}
