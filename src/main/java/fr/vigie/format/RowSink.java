package fr.vigie.format;

/** Receives a file's rows in file order, and the lines that are not rows at all. */
public interface RowSink {
    void row(SourceRow row);

    void malformed(long line, String raw, String reason);
}
