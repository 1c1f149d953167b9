package fr.vigie.simulate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The open files of a dataset being written, line by line (streaming: nothing is kept in memory),
 * with the number of rows written to each.
 */
final class DatasetFiles implements AutoCloseable {
    private final Path folder;
    private final Map<DatasetFile, OutputStream> writers = new EnumMap<>(DatasetFile.class);
    private final long[] rows = new long[DatasetFile.values().length];

    private DatasetFiles(Path folder) {
        this.folder = folder;
    }

    /** Creates the folder if needed and (re)creates every file of the dataset in it. */
    static DatasetFiles create(Path folder) {
        var files = new DatasetFiles(folder);
        try {
            Files.createDirectories(folder);
            for (DatasetFile file : DatasetFile.values()) {
                var writer = new BufferedOutputStream(Files.newOutputStream(folder.resolve(file.fileName())), 1 << 16);
                files.writers.put(file, writer);
                if (file.header() != null) {
                    writer.write((file.header() + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return files;
        } catch (IOException e) {
            files.close();
            throw new UncheckedIOException("cannot create the dataset in " + folder + ": " + e.getMessage(), e);
        }
    }

    void write(DatasetFile file, CharSequence line) {
        try {
            // String.getBytes is an intrinsic, far faster than a Writer's encoder on accented text
            OutputStream writer = writers.get(file);
            writer.write(line.toString().getBytes(StandardCharsets.UTF_8));
            writer.write('\n');
            rows[file.ordinal()]++;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot write " + folder.resolve(file.fileName()) + ": " + e.getMessage(), e);
        }
    }

    /** Rows written per file name (headers excluded), in import order. */
    Map<String, Long> counts() {
        var counts = new LinkedHashMap<String, Long>();
        for (DatasetFile file : DatasetFile.values()) {
            counts.put(file.fileName(), rows[file.ordinal()]);
        }
        return counts;
    }

    @Override
    public void close() {
        IOException first = null;
        for (OutputStream writer : writers.values()) {
            try {
                writer.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw new UncheckedIOException("cannot finish the dataset in " + folder + ": " + first.getMessage(), first);
        }
    }
}
