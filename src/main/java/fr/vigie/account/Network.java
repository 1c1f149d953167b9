package fr.vigie.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The social networks Vigie knows; the id is the value used in files, the store and the API. */
public enum Network {
    FACEBOOK("facebook"),
    INSTAGRAM("instagram"),
    X("x"),
    YOUTUBE("youtube"),
    LINKEDIN("linkedin"),
    TIKTOK("tiktok"),
    BLUESKY("bluesky"),
    MASTODON("mastodon"),
    THREADS("threads");

    private final String id;

    Network(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Parses an id, case-insensitively; "twitter" is accepted as the former name of X. */
    public static Optional<Network> parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("twitter")) {
            return Optional.of(X);
        }
        return Arrays.stream(values()).filter(n -> n.id.equals(wanted)).findFirst();
    }

    /** The ids, comma-separated, for error messages and help. */
    public static String ids() {
        return Arrays.stream(values()).map(Network::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
