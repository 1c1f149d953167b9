package fr.vigie.simulate;

import fr.vigie.account.Network;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * Platform ids shaped like the real ones, always as strings: Facebook and Instagram ids of 17–19
 * digits (above 2^53, so a double would corrupt them), X snowflakes, YouTube "UC…" channels,
 * Bluesky DIDs and TIDs, Mastodon snowflakes.
 */
final class PlatformIds {
    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final String BASE32_DID = "abcdefghijklmnopqrstuvwxyz234567";
    private static final String BASE32_SORT = "234567abcdefghijklmnopqrstuvwxyz";
    private static final long TWITTER_EPOCH_MS = 1288834974657L;

    private PlatformIds() {}

    /** Id of an account (official or citizen) on a network. */
    static String account(Network network, RandomGenerator random) {
        return switch (network) {
            case FACEBOOK -> "1" + digits(random, 16 + random.nextInt(3));
            case INSTAGRAM -> "17841" + digits(random, 12 + random.nextInt(3));
            case X ->
                Draws.chance(random, 0.7)
                        ? "1" + digits(random, 18)
                        : nonZero(random) + digits(random, 7 + random.nextInt(3));
            case YOUTUBE -> "UC" + chars(random, BASE64URL, 22);
            case LINKEDIN -> nonZero(random) + digits(random, 4 + random.nextInt(4));
            case TIKTOK -> (Draws.chance(random, 0.5) ? "6" : "7") + digits(random, 18);
            case BLUESKY -> "did:plc:" + chars(random, BASE32_DID, 24);
            case MASTODON -> Draws.chance(random, 0.6) ? "1" + digits(random, 17) : nonZero(random) + digits(random, 5);
            case THREADS -> "6" + digits(random, 16);
        };
    }

    /** Id of a post or comment published at a time by the account (or citizen) with that id. */
    static String item(Network network, String authorId, Instant at, RandomGenerator random) {
        // Times are drawn to the minute; ids that embed a time take a millisecond within it, as the
        // platforms' own clocks do, so that ids stay unique at France scale (random bits alone collide).
        long millis = at.toEpochMilli() + random.nextInt(60_000);
        return switch (network) {
            case FACEBOOK -> authorId + "_" + "1" + digits(random, 15);
            case INSTAGRAM, THREADS -> "3" + digits(random, 18);
            case X -> Long.toString(((millis - TWITTER_EPOCH_MS) << 22) | random.nextInt(1 << 22));
            case YOUTUBE -> chars(random, BASE64URL, 11);
            case LINKEDIN -> "urn:li:activity:" + ((millis << 22) | random.nextInt(1 << 22));
            case TIKTOK -> Long.toString((at.getEpochSecond() << 32) | (random.nextLong() & 0xffffffffL));
            case BLUESKY -> "at://" + authorId + "/app.bsky.feed.post/" + tid(at, random);
            case MASTODON -> Long.toString((millis << 16) | random.nextInt(1 << 16));
        };
    }

    /** Id of a comment: like a post id, except on YouTube and Instagram where comments have their own shape. */
    static String comment(Network network, String postId, String authorId, Instant at, RandomGenerator random) {
        return switch (network) {
            case FACEBOOK -> postId.substring(postId.indexOf('_') + 1) + "_" + "1" + digits(random, 15);
            case YOUTUBE -> "Ugz" + chars(random, BASE64URL, 23);
            case INSTAGRAM, THREADS -> "18" + digits(random, 15);
            case LINKEDIN -> "urn:li:comment:" + ((at.toEpochMilli() << 22) | random.nextInt(1 << 22));
            default -> item(network, authorId, at, random);
        };
    }

    /** Instagram/Threads shortcode of a numeric media id (base 64 of the number). */
    static String shortcode(String mediaId) {
        long value = Long.parseLong(mediaId);
        var code = new StringBuilder();
        while (value > 0) {
            code.append(BASE64URL.charAt((int) (value % 64)));
            value /= 64;
        }
        return code.reverse().toString();
    }

    /** Bluesky record key: microseconds since epoch and a clock id, base32-sortable, 13 characters. */
    private static String tid(Instant at, RandomGenerator random) {
        long micros = at.getEpochSecond() * 1_000_000 + at.getNano() / 1000 + random.nextInt(1_000_000);
        long value = (micros << 10) | random.nextInt(1024);
        var key = new StringBuilder();
        for (int i = 0; i < 13; i++) {
            key.append(BASE32_SORT.charAt((int) (value & 31)));
            value >>>= 5;
        }
        return key.reverse().toString();
    }

    private static String digits(RandomGenerator random, int count) {
        var text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }

    private static char nonZero(RandomGenerator random) {
        return (char) ('1' + random.nextInt(9));
    }

    private static String chars(RandomGenerator random, String alphabet, int count) {
        var text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
