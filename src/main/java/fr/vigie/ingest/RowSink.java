package fr.vigie.ingest;

/** Receives a file's rows in file order, and the lines that are not rows at all. */
interface RowSink {
    void row(SourceRow row);

    void malformed(long line, String raw, String reason);
}
