package fr.vigie.account;

import fr.vigie.VigieException;
import fr.vigie.format.CsvRows;
import fr.vigie.format.RowSink;
import fr.vigie.format.SourceRow;
import fr.vigie.format.SourceText;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an accounts file with the shared readers of {@code fr.vigie.format} (encodings, separators,
 * header rules of docs/formats/README.md) and keeps its lines: account files are small, and the
 * import checks duplicates across the whole file before writing anything.
 */
final class CsvLines {
    /** The columns of the accounts format. */
    static final List<String> COLUMNS = List.of(
            "territory_code",
            "network",
            "handle",
            "role",
            "theme",
            "status",
            "status_since",
            "platform_id",
            "display_name",
            "simulated");

    /** A data line: its number in the file (the header is line 1), its cells by column, its text. */
    record Line(long number, Map<String, String> cells, String raw) {
        /** The stripped cell of this column, "" when absent or empty. */
        String get(String column) {
            return cells.getOrDefault(column, "").strip();
        }
    }

    private CsvLines() {}

    static List<Line> read(Path file, List<String> requiredColumns) {
        List<Line> lines = new ArrayList<>();
        try (SourceText source = SourceText.open(file)) {
            CsvRows.read(source, file.toString(), requiredColumns, new RowSink() {
                @Override
                public void row(SourceRow row) {
                    Map<String, String> cells = new HashMap<>();
                    for (String column : COLUMNS) {
                        String value = row.value(column);
                        if (value != null) {
                            cells.put(column, value);
                        }
                    }
                    lines.add(new Line(row.line(), Map.copyOf(cells), row.raw()));
                }

                @Override
                public void malformed(long line, String raw, String reason) {
                    throw new VigieException(file + ": line " + line + ": " + reason);
                }
            });
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new VigieException(
                    file + ": not valid UTF-8 further down, although its first MiB is; save the whole"
                            + " file as UTF-8 (or all of it as Windows-1252)",
                    e);
        } catch (NoSuchFileException e) {
            throw new VigieException(file + ": no such file", e);
        } catch (IOException e) {
            throw new VigieException(file + ": cannot read: " + e.getMessage(), e);
        }
        return lines;
    }
}
