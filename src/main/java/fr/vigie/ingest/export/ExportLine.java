package fr.vigie.ingest.export;

/** What a reader makes of one row of an export: a post, or a line to skip (a Total row, descriptions). */
public sealed interface ExportLine {
    record Post(ExportedPost post) implements ExportLine {}

    /** Not data: neither imported nor quarantined, only counted as skipped. */
    record Skipped(String why) implements ExportLine {}
}
