package fr.vigie.account;

import java.util.regex.Pattern;

/**
 * Normalises handles and profile URLs per network, so that one account is stored once whatever
 * form people wrote it in: {@code https://www.instagram.com/Marseille/?hl=fr}, {@code @marseille}
 * and {@code marseille} are the same Instagram account. The rules per network are in
 * docs/accounts.md.
 */
public final class Handles {
    private static final Pattern BLANK = Pattern.compile("\\s");

    private Handles() {}

    /** The normalised handle and canonical URL, or the reason why the input cannot be one. */
    public static HandleCheck normalise(Network network, String input) {
        String text = input.strip();
        if (text.isEmpty()) {
            return new MalformedHandle(network, input, "empty");
        }
        if (BLANK.matcher(text).find()) {
            return new MalformedHandle(network, input, "contains spaces");
        }
        ProfileAddress address = ProfileAddress.parse(network, text);
        if (address == null) {
            return new MalformedHandle(network, input, "not a valid web address");
        }
        return switch (network) {
            case FACEBOOK -> FacebookHandles.normalise(address);
            case INSTAGRAM -> InstagramHandles.instagram(address);
            case THREADS -> InstagramHandles.threads(address);
            case X -> XHandles.normalise(address);
            case YOUTUBE -> YouTubeHandles.normalise(address);
            case LINKEDIN -> LinkedInHandles.normalise(address);
            case TIKTOK -> TikTokHandles.normalise(address);
            case BLUESKY -> BlueskyHandles.normalise(address);
            case MASTODON -> MastodonHandles.normalise(address);
        };
    }
}
