package fr.vigie.account;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * YouTube channels, stored as {@code name} for an @handle (3–30 letters, digits, '.', '_', '-',
 * case-insensitive), {@code channel/UC…} for a channel id (24 characters, case-sensitive, also the
 * platform id), {@code c/name} and {@code user/name} for the legacy custom and user names.
 */
final class YouTubeHandles {
    private static final Pattern HANDLE = Pattern.compile("[a-z0-9._-]{3,30}");
    private static final Pattern CHANNEL_ID = Pattern.compile("UC[A-Za-z0-9_-]{22}");
    private static final Pattern LEGACY_NAME = Pattern.compile("[\\p{L}\\p{N}._-]{1,100}");
    private static final Set<String> NOT_CHANNELS =
            Set.of("watch", "shorts", "playlist", "results", "feed", "live", "embed", "v", "post", "hashtag");
    /** Tabs of a channel: /@ville/videos is still the channel /@ville. */
    private static final Set<String> TABS = Set.of(
            "videos",
            "shorts",
            "streams",
            "featured",
            "about",
            "playlists",
            "community",
            "posts",
            "podcasts",
            "releases",
            "live");

    private YouTubeHandles() {}

    static HandleCheck normalise(ProfileAddress a) {
        if (!a.isUrl()) {
            String text = a.input();
            if (text.startsWith("@")) {
                return handle(a, text.substring(1));
            }
            int slash = text.indexOf('/');
            if (slash > 0) {
                return path(a, text.substring(0, slash), text.substring(slash + 1));
            }
            return CHANNEL_ID.matcher(text).matches() ? channel(a, text) : handle(a, text);
        }
        if (a.hostIs("youtu.be")) {
            return a.notAProfile("a video");
        }
        if (!a.hostIs("youtube.com")) {
            return a.wrongHost("youtube.com");
        }
        String first = a.segment(0);
        boolean twoParts = first.equals("channel") || first.equals("c") || first.equals("user");
        int extra = a.segments().size() - (twoParts ? 2 : 1);
        if (first.isEmpty() || NOT_CHANNELS.contains(first.toLowerCase(Locale.ROOT))) {
            return a.notAProfile("a video or a page of YouTube");
        }
        if (extra > 1 || (extra == 1 && !TABS.contains(a.segments().getLast().toLowerCase(Locale.ROOT)))) {
            return a.notAProfile("a page inside the channel");
        }
        if (first.startsWith("@")) {
            return handle(a, first.substring(1));
        }
        return twoParts ? path(a, first, a.segment(1)) : legacy(a, "c", first);
    }

    private static HandleCheck path(ProfileAddress a, String kind, String name) {
        return switch (kind) {
            case "channel" ->
                CHANNEL_ID.matcher(name).matches()
                        ? channel(a, name)
                        : a.malformed("a channel id is 'UC' followed by 22 letters, digits, '-' or '_'");
            case "c", "user" -> legacy(a, kind, name);
            default -> a.malformed("expected @handle, channel/UC…, c/name or user/name");
        };
    }

    private static HandleCheck handle(ProfileAddress a, String name) {
        String handle = name.toLowerCase(Locale.ROOT);
        if (!HANDLE.matcher(handle).matches()) {
            return a.malformed("a YouTube handle has 3 to 30 letters, digits, '.', '_' or '-'");
        }
        return a.valid(handle, "https://www.youtube.com/@" + handle);
    }

    private static HandleCheck channel(ProfileAddress a, String id) {
        return a.valid("channel/" + id, "https://www.youtube.com/channel/" + id, id);
    }

    private static HandleCheck legacy(ProfileAddress a, String kind, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!LEGACY_NAME.matcher(lower).matches()) {
            return a.malformed("a legacy YouTube name has letters, digits, '.', '_' or '-'");
        }
        return a.valid(kind + "/" + lower, "https://www.youtube.com/" + kind + "/" + lower);
    }
}
