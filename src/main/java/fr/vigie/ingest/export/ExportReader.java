package fr.vigie.ingest.export;

import fr.vigie.format.SourceRow;

/**
 * Turns the rows of one export file into canonical rows. Pure: no I/O, no store. A row that cannot
 * be mapped throws {@link fr.vigie.format.RowRejected} naming the export's column at fault.
 */
public sealed interface ExportReader permits MetaBusinessSuiteReader, YouTubeStudioReader, CrowdTangleReader {
    ExportLine map(SourceRow row);
}
