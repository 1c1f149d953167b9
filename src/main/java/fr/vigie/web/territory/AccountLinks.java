package fr.vigie.web.territory;

import org.jspecify.annotations.Nullable;

/**
 * The public profile address of an account from its network and handle, for the networks whose
 * address follows from the handle alone; null otherwise (the page then shows the handle as text).
 */
public final class AccountLinks {
    private AccountLinks() {}

    public static @Nullable String profile(String network, String handle) {
        String name = handle.startsWith("@") ? handle.substring(1) : handle;
        if (name.isBlank() || name.contains("/") || name.contains(" ")) {
            return null;
        }
        return switch (network) {
            case "facebook" -> "https://www.facebook.com/" + name;
            case "instagram" -> "https://www.instagram.com/" + name;
            case "x" -> "https://x.com/" + name;
            case "youtube" -> "https://www.youtube.com/@" + name;
            case "tiktok" -> "https://www.tiktok.com/@" + name;
            case "bluesky" -> "https://bsky.app/profile/" + name;
            case "threads" -> "https://www.threads.net/@" + name;
            case "mastodon" -> mastodon(name);
            default -> null;
        };
    }

    private static @Nullable String mastodon(String name) {
        int at = name.indexOf('@');
        return at <= 0 || at == name.length() - 1
                ? null
                : "https://" + name.substring(at + 1) + "/@" + name.substring(0, at);
    }
}
