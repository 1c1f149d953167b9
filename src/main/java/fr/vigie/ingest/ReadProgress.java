package fr.vigie.ingest;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;

/** A progress bar by bytes read, on stderr, for files big enough to make people wait. */
final class ReadProgress implements AutoCloseable {
    /** Below this size a file imports in a blink: no bar. */
    static final long MIN_BYTES = 10L << 20;

    private final @Nullable ProgressBar bar;

    private ReadProgress(@Nullable ProgressBar bar) {
        this.bar = bar;
    }

    static ReadProgress start(String name, long size, boolean enabled, PrintStream err) {
        if (!enabled || size < MIN_BYTES) {
            return new ReadProgress(null);
        }
        return new ReadProgress(new ProgressBarBuilder()
                .setTaskName(name)
                .setInitialMax(size)
                .setUnit(" MiB", 1L << 20)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .build());
    }

    void update(long bytes) {
        if (bar != null) {
            bar.stepTo(bytes);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
