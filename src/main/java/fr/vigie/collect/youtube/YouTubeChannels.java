package fr.vigie.collect.youtube;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.account.Handles;
import fr.vigie.account.Network;
import fr.vigie.account.ProfileHandle;
import fr.vigie.collect.AccountGone;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.CollectTarget;
import fr.vigie.collect.Collected;
import fr.vigie.collect.RawResponse;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The channel of a registered account: how to ask {@code channels.list} for it (the registry stores
 * {@code name} for an @handle, {@code channel/UC…} for a channel id, {@code user/name} and
 * {@code c/name} for legacy names) and the {@code channel} resource as a snapshot.
 */
final class YouTubeChannels {
    private static final String WHERE = YouTubeConnector.CHANNELS;

    private YouTubeChannels() {}

    /**
     * The lookup parameter: {@code id=} for a known channel id (the stable form), {@code forUsername=}
     * for a legacy user name, else {@code forHandle=} (a legacy {@code c/} custom name has no lookup of
     * its own: most of them became the channel's handle).
     */
    static String lookup(CollectTarget target) {
        String id = target.platformId();
        String handle = target.handle();
        if (id != null && !id.isBlank()) {
            return "id=" + YouTubeApi.encode(id);
        }
        if (handle.startsWith("channel/")) {
            return "id=" + YouTubeApi.encode(handle.substring("channel/".length()));
        }
        if (handle.startsWith("user/")) {
            return "forUsername=" + YouTubeApi.encode(handle.substring("user/".length()));
        }
        String name = handle.startsWith("c/") ? handle.substring("c/".length()) : handle;
        return "forHandle=" + YouTubeApi.encode(name.startsWith("@") ? name : "@" + name);
    }

    /** The one channel of a {@code channels.list} answer; no {@code items} means the channel does not exist. */
    static JsonNode channel(RawResponse answer) {
        JsonNode items = YouTubeJson.parse(answer).path("items");
        if (!items.isArray() || items.isEmpty()) {
            throw new AccountGone(AccountGone.Kind.NOT_FOUND, WHERE + ": no channel answers to this handle or id");
        }
        JsonNode channel = items.get(0);
        id(channel);
        return channel;
    }

    static String id(JsonNode channel) {
        String id = YouTubeJson.text(channel, "id");
        if (id == null) {
            throw new CollectFailure(WHERE + ": a channel without id");
        }
        return id;
    }

    /** The id of the channel's uploads playlist, or null when the channel has none. */
    static @Nullable String uploads(JsonNode channel) {
        return YouTubeJson.text(channel.path("contentDetails").path("relatedPlaylists"), "uploads");
    }

    /**
     * Subscribers (unknown when {@code hiddenSubscriberCount}; YouTube rounds them to 3 significant
     * figures), videos as posts count, following unknown (YouTube does not say).
     */
    static Collected.Snapshot snapshot(JsonNode channel, CollectTarget target, Instant observedAt) {
        JsonNode statistics = channel.path("statistics");
        boolean hidden = statistics.path("hiddenSubscriberCount").asBoolean(false);
        return new Collected.Snapshot(
                observedAt,
                id(channel),
                handle(channel, target),
                hidden ? null : YouTubeJson.count(statistics, "subscriberCount", WHERE),
                null,
                YouTubeJson.count(statistics, "videoCount", WHERE));
    }

    /**
     * {@code snippet.customUrl} ({@code @handle}) in the registry's form. An account registered by
     * channel id keeps that form (the id is the stable name, a handle is not a rename of it); a
     * custom URL without {@code @} (legacy) or that the registry would refuse is unknown.
     */
    private static @Nullable String handle(JsonNode channel, CollectTarget target) {
        if (target.handle().startsWith("channel/")) {
            return target.handle();
        }
        String custom = YouTubeJson.text(channel.path("snippet"), "customUrl");
        if (custom == null || !custom.strip().startsWith("@")) {
            return null;
        }
        return Handles.normalise(Network.YOUTUBE, custom.strip()) instanceof ProfileHandle handle
                ? handle.handle()
                : null;
    }
}
