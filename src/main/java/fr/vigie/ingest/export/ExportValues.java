package fr.vigie.ingest.export;

import fr.vigie.format.RowRejected;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Counts and dates as platform exports write them. Each problem is a {@link RowRejected} naming the
 * export's column (its header as written in lower case).
 */
final class ExportValues {
    /** 09/20/2026 14:05 (Meta, month first), seconds optional. */
    private static final DateTimeFormatter MONTH_FIRST =
            DateTimeFormatter.ofPattern("M/d/uuuu H:mm[:ss]", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    /** Sep 20, 2026 (YouTube Studio). */
    private static final DateTimeFormatter MONTH_NAME =
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    /** 2021-03-04 10:00:00 (CrowdTangle, followed by a zone abbreviation). */
    private static final DateTimeFormatter ISO_SPACE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    /**
     * The zone abbreviations CrowdTangle writes, as the fixed offsets they mean (an abbreviation names
     * the offset in force, summer or winter, so no rule is needed).
     */
    private static final Map<String, ZoneOffset> ABBREVIATIONS = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC),
            Map.entry("GMT", ZoneOffset.UTC),
            Map.entry("WET", ZoneOffset.UTC),
            Map.entry("WEST", ZoneOffset.ofHours(1)),
            Map.entry("BST", ZoneOffset.ofHours(1)),
            Map.entry("CET", ZoneOffset.ofHours(1)),
            Map.entry("CEST", ZoneOffset.ofHours(2)),
            Map.entry("EET", ZoneOffset.ofHours(2)),
            Map.entry("EEST", ZoneOffset.ofHours(3)),
            Map.entry("EST", ZoneOffset.ofHours(-5)),
            Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CST", ZoneOffset.ofHours(-6)),
            Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("MST", ZoneOffset.ofHours(-7)),
            Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("PST", ZoneOffset.ofHours(-8)),
            Map.entry("PDT", ZoneOffset.ofHours(-7)));

    private ExportValues() {}

    /**
     * A count, null when the cell is empty (unknown, never zero). Thousands separators are read:
     * {@code 1,234}, {@code 1 234} (also with a no-break space); anything else is refused.
     */
    static @Nullable Long count(@Nullable String text, String column) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        String digits =
                s.replace(",", "").replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
        boolean grouped = digits.length() != s.length();
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new RowRejected(
                    column, s.startsWith("-") ? "negative count: " + s : "not an integer count: '" + s + "'");
        }
        if (grouped && !s.matches("\\d{1,3}([,\\u0020\\u00A0\\u202F]\\d{3})+")) {
            throw new RowRejected(column, "not a count: '" + s + "' (thousands separators must group 3 digits)");
        }
        if (digits.length() > 18) {
            throw new RowRejected(column, "count too large: " + s);
        }
        return Long.parseLong(digits);
    }

    /** The sum of the known counts among these; null when none is known. */
    static @Nullable Long sum(@Nullable Long... counts) {
        Long total = null;
        for (Long count : counts) {
            if (count != null) {
                total = (total == null ? 0 : total) + count;
            }
        }
        return total;
    }

    /** {@code 09/20/2026 14:05}, month first, a local time in the given zone. */
    static Instant monthFirst(String text, ZoneId zone, String column) {
        try {
            return LocalDateTime.parse(text.strip(), MONTH_FIRST).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new RowRejected(
                    column, "not a publish time: '" + text.strip() + "' (expected month first, e.g. 09/20/2026 14:05)");
        }
    }

    /** {@code Sep 20, 2026}: the start of that day in the given zone (the export gives no hour). */
    static Instant monthName(String text, ZoneId zone, String column) {
        try {
            return LocalDate.parse(text.strip(), MONTH_NAME).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new RowRejected(column, "not a date: '" + text.strip() + "' (expected e.g. Sep 20, 2026)");
        }
    }

    /** {@code 2021-03-04 10:00:00 CET}: a local time followed by a zone abbreviation. */
    static Instant withAbbreviation(String text, String column) {
        String s = text.strip();
        int space = s.lastIndexOf(' ');
        ZoneOffset offset =
                space < 0 ? null : ABBREVIATIONS.get(s.substring(space + 1).toUpperCase(Locale.ROOT));
        if (offset == null) {
            throw new RowRejected(
                    column,
                    "no known time zone in '" + s + "' (expected e.g. 2021-03-04 10:00:00 CET; known: "
                            + String.join(
                                    ", ",
                                    ABBREVIATIONS.keySet().stream().sorted().toList()) + ")");
        }
        try {
            return LocalDateTime.parse(s.substring(0, space).strip(), ISO_SPACE).toInstant(offset);
        } catch (DateTimeException e) {
            throw new RowRejected(column, "not a timestamp: '" + s + "' (expected e.g. 2021-03-04 10:00:00 CET)");
        }
    }

    /**
     * The canonical post type of an export's type label (Meta: Photos, IG reel, Vidéos…; CrowdTangle:
     * Native Video, Album, Status…).
     */
    static String postType(@Nullable String label, String column) {
        if (label == null) {
            throw new RowRejected(column, "missing value");
        }
        String l = label.toLowerCase(Locale.ROOT);
        if (l.contains("reel")) return "reel";
        if (l.contains("story") || l.contains("stories")) return "story";
        if (l.contains("live") || l.contains("direct")) return "live";
        if (l.contains("video") || l.contains("vidéo") || l.contains("igtv") || l.contains("youtube")) return "video";
        if (l.contains("photo")
                || l.contains("image")
                || l.contains("carousel")
                || l.contains("carrousel")
                || l.contains("album")) return "photo";
        if (l.contains("link") || l.contains("lien")) return "link";
        if (l.contains("status") || l.contains("statut") || l.contains("text") || l.contains("texte")) return "text";
        throw new RowRejected(
                column,
                "unknown post type '" + label + "' (expected a photo, video, reel, story, live, link or status type)");
    }
}
