package fr.vigie.ingest.export;

import fr.vigie.VigieException;
import fr.vigie.format.SourceRow;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The header of an export, matched as the CSV reader matches it (trimmed, case-insensitive) and
 * also regardless of the apostrophe (Meta's French headers write J’aime with U+2019).
 */
final class ExportColumns {
    private final String fileName;
    private final List<String> names;
    /** Matching key (lower case, straight apostrophe) → the column's key for {@link SourceRow#value}. */
    private final Map<String, String> keys = new HashMap<>();

    ExportColumns(String fileName, List<String> names) {
        this.fileName = fileName;
        this.names = List.copyOf(names);
        for (String name : names) {
            String key = name.strip().toLowerCase(Locale.ROOT);
            keys.putIfAbsent(matching(key), key);
        }
    }

    private static String matching(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /** The first of these columns that the header has, or null. */
    @Nullable String find(String... aliases) {
        for (String alias : aliases) {
            String key = keys.get(matching(alias));
            if (key != null) {
                return key;
            }
        }
        return null;
    }

    /** The first of these columns that the header has, or a VigieException naming them. */
    String require(String... aliases) {
        String key = find(aliases);
        if (key == null) {
            throw new VigieException(fileName + ": line 1: missing column '" + String.join("' or '", aliases)
                    + "' (columns found: " + String.join(", ", names) + "); is this the right export format?");
        }
        return key;
    }

    /** True when a column's name contains this word (case-insensitive). */
    boolean anyContains(String word) {
        String wanted = word.toLowerCase(Locale.ROOT);
        return keys.keySet().stream().anyMatch(k -> k.contains(wanted));
    }

    String fileName() {
        return fileName;
    }

    /** The cell of a column, stripped; null when the column is absent or the cell empty. */
    static @Nullable String value(SourceRow row, @Nullable String key) {
        if (key == null) {
            return null;
        }
        String value = row.value(key);
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
