package fr.vigie.account;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One line of accounts.csv checked field by field: either a request with its normalised handle, or
 * every problem found on the line (so that one pass fixes them all).
 */
record AccountCsvLine(
        long number,
        String raw,
        @Nullable AccountRequest request,
        @Nullable ProfileHandle handle,
        List<Problem> problems) {

    record Problem(String field, String reason) {}

    static final List<String> REQUIRED = List.of("territory_code", "network", "handle");

    static AccountCsvLine parse(CsvLines.Line line, TypedTerritories territories, String source) {
        List<Problem> problems = new ArrayList<>();
        String typed = line.get("territory_code");
        String territory = typed;
        if (typed.isEmpty()) {
            problems.add(new Problem("territory_code", "missing territory code"));
        } else {
            switch (territories.match(typed)) {
                case TypedTerritories.Found found -> territory = found.code();
                case TypedTerritories.Unknown unknown ->
                    problems.add(new Problem(
                            "territory_code",
                            "unknown territory '" + typed + "': not in the territory registry (check the INSEE or"
                                    + " SIREN code, or load the territories first)"));
                case TypedTerritories.Ambiguous ambiguous ->
                    problems.add(new Problem(
                            "territory_code",
                            "ambiguous territory '" + typed + "': write one of "
                                    + String.join(", ", ambiguous.codes())));
            }
        }
        Network network = Network.parse(line.get("network")).orElse(null);
        if (network == null) {
            problems.add(new Problem(
                    "network", "unknown network '" + line.get("network") + "': use one of " + Network.ids()));
        }
        ProfileHandle handle = null;
        if (line.get("handle").isEmpty()) {
            problems.add(new Problem("handle", "missing handle"));
        } else if (network != null) {
            switch (Handles.normalise(network, line.get("handle"))) {
                case ProfileHandle valid -> handle = valid;
                case MalformedHandle bad ->
                    problems.add(new Problem("handle", "malformed handle '" + bad.input() + "': " + bad.reason()));
            }
        }
        AccountRole role =
                optional(line, "role", AccountRole::parse, "unknown role", "use " + AccountRole.ids(), problems);
        AccountStatus status = optional(
                line, "status", AccountStatus::parse, "unknown status", "use " + AccountStatus.ids(), problems);
        LocalDate since =
                optional(line, "status_since", AccountCsvLine::date, "not a date", "use YYYY-MM-DD", problems);
        Boolean simulated =
                optional(line, "simulated", AccountCsvLine::bool, "not a boolean", "use true or false", problems);
        String platformId = blankToNull(line.get("platform_id"));
        if (platformId != null && platformId.chars().anyMatch(Character::isWhitespace)) {
            problems.add(new Problem("platform_id", "contains spaces"));
        }
        if (!problems.isEmpty()) {
            return new AccountCsvLine(line.number(), line.raw(), null, null, problems);
        }
        String theme = blankToNull(line.get("theme").toLowerCase(Locale.ROOT));
        var request = new AccountRequest(
                territory,
                network,
                line.get("handle"),
                role,
                theme,
                status,
                since,
                platformId,
                blankToNull(line.get("display_name")),
                simulated,
                source);
        return new AccountCsvLine(line.number(), line.raw(), request, handle, List.of());
    }

    private interface Parser<T> {
        Optional<T> parse(String text);
    }

    private static <T> @Nullable T optional(
            CsvLines.Line line, String field, Parser<T> parser, String what, String advice, List<Problem> problems) {
        String text = line.get(field);
        if (text.isEmpty()) {
            return null;
        }
        Optional<T> value = parser.parse(text);
        if (value.isEmpty()) {
            problems.add(new Problem(field, what + " '" + text + "': " + advice));
        }
        return value.orElse(null);
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Boolean> bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> Optional.of(true);
            case "false", "0", "no" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
