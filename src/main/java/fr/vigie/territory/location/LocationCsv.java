package fr.vigie.territory.location;

import fr.vigie.VigieException;
import fr.vigie.store.ImportJournal.QuarantinedLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a file of territories' points, as official centroid files give them: a CSV (comma or
 * semicolon) whose header names the columns {@code code}, {@code latitude} and {@code longitude}
 * (others are ignored), degrees in WGS 84 with a dot or a comma as decimal separator. A line with
 * an unknown code, a missing or out-of-range coordinate or a code already seen is set aside with
 * its reason; the others are kept.
 */
public final class LocationCsv {
    static final List<String> REQUIRED = List.of("code", "latitude", "longitude");

    private LocationCsv() {}

    /** The points read and the lines set aside. */
    public record Read(List<Location> located, List<QuarantinedLine> quarantined, long lines) {}

    public static Read read(Path file, Set<String> knownCodes, String source) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.mark(1 << 16);
            String header = in.readLine();
            if (header == null) {
                throw new VigieException(file + " is empty: it should start with the header code,latitude,longitude");
            }
            in.reset();
            char delimiter = header.contains(";") && !header.contains(",") ? ';' : ',';
            var parser = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(delimiter)
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreHeaderCase(true)
                    .setTrim(true)
                    .get()
                    .parse(in);
            List<String> names = parser.getHeaderNames().stream()
                    .map(n -> n.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT))
                    .toList();
            List<String> missing =
                    REQUIRED.stream().filter(c -> !names.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new VigieException(file + ": line 1 lacks the column(s) " + String.join(", ", missing)
                        + " (found " + String.join(",", names) + "); the header should name code, latitude, longitude");
            }
            var columns = new Columns(
                    names.indexOf("code"), names.indexOf("latitude"), names.indexOf("longitude"), names.size());
            List<Location> located = new ArrayList<>();
            List<QuarantinedLine> quarantined = new ArrayList<>();
            Map<String, Long> seen = new HashMap<>();
            long lines = 0;
            for (CSVRecord record : parser) {
                lines++;
                long line = record.getRecordNumber() + 1;
                try {
                    Location location = location(record, columns, knownCodes, seen, source);
                    seen.put(location.code(), line);
                    located.add(location);
                } catch (Rejected e) {
                    quarantined.add(new QuarantinedLine(
                            line, e.field, e.getMessage(), String.join(String.valueOf(delimiter), record.values())));
                }
            }
            return new Read(located, quarantined, lines);
        } catch (IOException e) {
            throw new VigieException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private record Columns(int code, int latitude, int longitude, int count) {}

    /** Why a line is set aside, and the field at fault (null for the whole line). */
    private static final class Rejected extends Exception {
        final @Nullable String field;

        Rejected(@Nullable String field, String reason) {
            super(reason, null, false, false);
            this.field = field;
        }
    }

    private static Location location(
            CSVRecord record, Columns columns, Set<String> knownCodes, Map<String, Long> seen, String source)
            throws Rejected {
        if (record.size() < columns.count()) {
            throw new Rejected(null, "the line has " + record.size() + " fields, the header " + columns.count());
        }
        String code = record.get(columns.code());
        if (!knownCodes.contains(code)) {
            throw new Rejected("code", "'" + code + "' is not the code of a commune of the registry");
        }
        if (seen.containsKey(code)) {
            throw new Rejected("code", code + " is already located at line " + seen.get(code));
        }
        double latitude = degrees(record.get(columns.latitude()), "latitude");
        double longitude = degrees(record.get(columns.longitude()), "longitude");
        try {
            return new Location(code, latitude, longitude, source);
        } catch (VigieException e) {
            throw new Rejected(latitude < -90 || latitude > 90 ? "latitude" : "longitude", e.getMessage());
        }
    }

    private static double degrees(String text, String field) throws Rejected {
        try {
            return Double.parseDouble(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new Rejected(field, "'" + text + "' is not a number of degrees");
        }
    }
}
