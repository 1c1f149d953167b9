package fr.vigie.ingest.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The platform exports `vigie import` reads, by their command-line name (docs/formats/exports.md). */
public enum ExportFormat {
    META_BUSINESS_SUITE("meta-business-suite"),
    YOUTUBE_STUDIO("youtube-studio"),
    CROWDTANGLE("crowdtangle");

    private final String id;

    ExportFormat(String id) {
        this.id = id;
    }

    /** The name used on the command line, e.g. youtube-studio. */
    public String id() {
        return id;
    }

    /** The {@code source} of every row imported from such a file, e.g. export:youtube-studio. */
    public String source() {
        return "export:" + id;
    }

    /**
     * The reader of one file of this format, given its header line (names as written); throws
     * VigieException when the header does not fit the format or the file's network or account is
     * needed and not given.
     */
    public ExportReader reader(String fileName, List<String> header, ExportSettings settings) {
        var columns = new ExportColumns(fileName, header);
        return switch (this) {
            case META_BUSINESS_SUITE -> new MetaBusinessSuiteReader(columns, settings);
            case YOUTUBE_STUDIO -> new YouTubeStudioReader(columns, settings);
            case CROWDTANGLE -> new CrowdTangleReader(columns, settings);
        };
    }

    public static Optional<ExportFormat> parse(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    /** The ids, comma-separated, for help and error messages. */
    public static String ids() {
        return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
    }
}
