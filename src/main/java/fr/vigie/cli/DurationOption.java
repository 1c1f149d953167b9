package fr.vigie.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Durations typed as {@code 30s}, {@code 5m}, {@code 2h} or {@code 1d}. */
final class DurationOption {
    private static final Pattern SHAPE = Pattern.compile("(\\d{1,6})([smhd])");

    private DurationOption() {}

    static Duration parse(CommandLine cli, String option, String text) {
        Matcher m = SHAPE.matcher(text.strip());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new ParameterException(cli, option + ": '" + text + "' is not a duration such as 30s, 5m, 1h or 1d");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
