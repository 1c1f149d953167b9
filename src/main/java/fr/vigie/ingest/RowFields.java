package fr.vigie.ingest;

import fr.vigie.account.Network;
import fr.vigie.format.Booleans;
import fr.vigie.format.Counts;
import fr.vigie.format.RowRejected;
import fr.vigie.format.SourceRow;
import fr.vigie.format.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads and validates the fields of a row; every problem becomes a {@link RowRejected}. */
final class RowFields {
    /** Post types of posts.ndjson and citizen_posts.ndjson. */
    static final Set<String> POST_TYPES = Set.of("text", "photo", "video", "link", "reel", "story", "live");

    /** The network ids as written in canonical files, for a lookup without allocation. */
    private static final java.util.Map<String, Network> NETWORKS =
            java.util.Arrays.stream(Network.values()).collect(java.util.stream.Collectors.toMap(Network::id, n -> n));

    private RowFields() {}

    static String required(SourceRow row, String field) {
        String value = optional(row, field);
        if (value == null) {
            throw new RowRejected(field, "missing value");
        }
        return value;
    }

    static @Nullable String optional(SourceRow row, String field) {
        String value = row.value(field);
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** The network id ("twitter" read as "x"). */
    static String network(SourceRow row) {
        String value = required(row, "network");
        Network known = NETWORKS.get(value);
        if (known != null) {
            return known.id();
        }
        return Network.parse(value)
                .map(Network::id)
                .orElseThrow(() -> new RowRejected(
                        "network", "unknown network '" + value + "' (expected one of " + Network.ids() + ")"));
    }

    static Instant time(SourceRow row, String field) {
        String value = required(row, field);
        try {
            return Timestamps.parse(value);
        } catch (IllegalArgumentException e) {
            throw new RowRejected(field, e.getMessage());
        }
    }

    static @Nullable Long count(SourceRow row, String field) {
        try {
            return Counts.parse(row.value(field));
        } catch (IllegalArgumentException e) {
            throw new RowRejected(field, e.getMessage());
        }
    }

    static boolean flag(SourceRow row, String field) {
        try {
            return Booleans.parse(row.value(field));
        } catch (IllegalArgumentException e) {
            throw new RowRejected(field, e.getMessage());
        }
    }

    static String oneOf(SourceRow row, String field, Set<String> allowed) {
        String value = required(row, field).toLowerCase(java.util.Locale.ROOT);
        if (!allowed.contains(value)) {
            throw new RowRejected(
                    field,
                    "'" + value + "' is not one of "
                            + String.join(", ", allowed.stream().sorted().toList()));
        }
        return value;
    }

    /** The account id of the row's account reference on its network. */
    static String account(SourceRow row, String field, String network, AccountDirectory accounts) {
        String reference = required(row, field);
        return accounts.resolve(network, reference)
                .orElseThrow(() -> new RowRejected(
                        field,
                        "unknown account '" + reference + "' on " + network
                                + ": register it in accounts.csv (by platform id or handle) first"));
    }

    /** The hashtags field normalised, or the text's hashtags when the field is absent. */
    static List<String> hashtags(SourceRow row, @Nullable String text) {
        List<String> given = row.values("hashtags");
        if (given == null) {
            return text == null ? List.of() : Hashtags.extract(text);
        }
        try {
            List<String> tags = new java.util.ArrayList<>(given.size());
            for (String tag : given) {
                String normalised = Hashtags.normalise(tag);
                if (!tags.contains(normalised)) {
                    tags.add(normalised);
                }
            }
            return tags;
        } catch (IllegalArgumentException e) {
            throw new RowRejected("hashtags", e.getMessage());
        }
    }
}
