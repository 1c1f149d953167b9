package fr.vigie.collect.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.AccountGone;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.Collected;
import fr.vigie.collect.RawResponse;
import fr.vigie.format.Timestamps;
import fr.vigie.ingest.Hashtags;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Pure mapping of archived Mastodon answers: the {@code Account} of the lookup to a snapshot, the
 * {@code Status} entities of the statuses pages to posts and mentions, the contexts to comments.
 * Reblogs (non-null {@code reblog}) and pinned statuses are dropped: only the account's own posts
 * count, where they appear unpinned.
 */
final class MastodonStatuses {
    private MastodonStatuses() {}

    /** Maps a fetch of the account {@code handle} ({@code user@instance}). */
    static Collected map(String handle, List<RawResponse> responses, @Nullable Instant since, Instant fetchedAt) {
        RawResponse first = responses.getFirst();
        if (!first.endpoint().equals(MastodonConnector.LOOKUP)) {
            throw new CollectFailure("the account was not looked up first");
        }
        JsonNode account = MastodonJson.object(first);
        checkAvailable(account, handle);
        String ownId = accountId(account);
        String instance = handle.substring(handle.indexOf('@') + 1);
        var snapshot = new Collected.Snapshot(
                fetchedAt,
                ownId,
                currentHandle(account, handle),
                MastodonJson.count(account, "followers_count"),
                MastodonJson.count(account, "following_count"),
                MastodonJson.count(account, "statuses_count"));
        Map<String, Collected.Post> posts = new LinkedHashMap<>();
        Set<Collected.Mention> mentions = new LinkedHashSet<>();
        Map<String, Collected.Comment> comments = new LinkedHashMap<>();
        for (RawResponse response : responses.subList(1, responses.size())) {
            switch (response.endpoint()) {
                case MastodonConnector.STATUSES -> {
                    for (JsonNode status : MastodonJson.array(response)) {
                        if (!isOwn(status)) {
                            continue;
                        }
                        Collected.Post post = post(status, fetchedAt);
                        if (since == null || !post.publishedAt().isBefore(since)) {
                            posts.putIfAbsent(post.postId(), post);
                            mentions.addAll(MastodonMentions.of(status, ownId, instance, post));
                        }
                    }
                }
                case MastodonConnector.CONTEXT ->
                    MastodonContext.comments(MastodonJson.object(response), ownId)
                            .forEach(c -> comments.putIfAbsent(c.commentId(), c));
                default -> throw new CollectFailure("unexpected Mastodon endpoint " + response.endpoint());
            }
        }
        return new Collected(
                snapshot, List.copyOf(posts.values()), List.copyOf(comments.values()), List.copyOf(mentions));
    }

    /**
     * Refuses an account the instance reports as suspended ({@code suspended: true}:
     * {@link AccountGone.Kind#SUSPENDED}) or moved to another account ({@code moved}: a failure naming
     * where, so that a person records the migration).
     */
    static void checkAvailable(JsonNode account, String handle) {
        if (account.path("suspended").asBoolean(false)) {
            throw new AccountGone(
                    AccountGone.Kind.SUSPENDED,
                    MastodonConnector.LOOKUP + ": the instance says " + handle + " is suspended");
        }
        JsonNode moved = account.path("moved");
        if (moved.isObject()) {
            String to = MastodonMentions.normalisedAcct(moved, handle.substring(handle.indexOf('@') + 1));
            throw new CollectFailure(MastodonConnector.LOOKUP + ": " + handle + " has moved to "
                    + (to == null ? "another account" : to)
                    + "; record the migration in the registry (vigie accounts) and register the new account");
        }
    }

    /** Ids of the own statuses of a page published since {@code since} that have replies. */
    static List<String> statusesWithReplies(JsonNode statuses, @Nullable Instant since) {
        List<String> ids = new java.util.ArrayList<>();
        for (JsonNode status : statuses) {
            String id = MastodonJson.id(status, "id");
            String created = MastodonJson.text(status, "created_at");
            Long replies = MastodonJson.count(status, "replies_count");
            if (isOwn(status)
                    && id != null
                    && created != null
                    && replies != null
                    && replies > 0
                    && (since == null || !createdAt(created).isBefore(since))) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** {@code acct} as the instance sends it (a local account has no {@code @instance}), made {@code user@instance}. */
    private static @Nullable String currentHandle(JsonNode account, String registeredHandle) {
        String acct = MastodonJson.text(account, "acct");
        if (acct == null || acct.isBlank()) {
            return null;
        }
        String lower = acct.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.contains("@") ? lower : lower + registeredHandle.substring(registeredHandle.indexOf('@'));
    }

    /** The account's id on its instance, as sent (a string of digits that may exceed 2^53). */
    static String accountId(JsonNode account) {
        String id = MastodonJson.id(account, "id");
        if (id == null) {
            throw new CollectFailure(MastodonConnector.LOOKUP + ": no id in the account");
        }
        return id;
    }

    /** Whether a statuses page holds an own status created before {@code since}. */
    static boolean reachedBefore(JsonNode statuses, @Nullable Instant since) {
        if (since == null) {
            return false;
        }
        for (JsonNode status : statuses) {
            String created = MastodonJson.text(status, "created_at");
            if (isOwn(status) && created != null && createdAt(created).isBefore(since)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOwn(JsonNode status) {
        JsonNode reblog = status.path("reblog");
        return (reblog.isMissingNode() || reblog.isNull())
                && !status.path("pinned").asBoolean(false);
    }

    static Collected.Post post(JsonNode status, Instant observedAt) {
        String id = MastodonJson.id(status, "id");
        String created = MastodonJson.text(status, "created_at");
        if (id == null || created == null) {
            throw new CollectFailure(MastodonConnector.STATUSES + ": a status without id or created_at");
        }
        String html = MastodonJson.text(status, "content");
        String text = html == null ? null : MastodonHtml.plainText(html);
        return new Collected.Post(
                id,
                createdAt(created),
                type(status),
                text == null || text.isEmpty() ? null : text,
                MastodonJson.text(status, "url"),
                hashtags(status, text),
                observedAt,
                MastodonJson.count(status, "favourites_count"),
                MastodonJson.count(status, "replies_count"),
                MastodonJson.count(status, "reblogs_count"),
                null);
    }

    static Instant createdAt(String text) {
        try {
            return Timestamps.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CollectFailure(MastodonConnector.STATUSES + ": created_at " + e.getMessage(), e);
        }
    }

    /** The first media attachment decides (image photo, video or gifv video), else a card makes a link. */
    static String type(JsonNode status) {
        for (JsonNode media : status.path("media_attachments")) {
            switch (media.path("type").asText("")) {
                case "image" -> {
                    return "photo";
                }
                case "video", "gifv" -> {
                    return "video";
                }
                default -> {}
            }
        }
        JsonNode card = status.path("card");
        return card.isObject() ? "link" : "text";
    }

    /** The names of {@code tags[]}, then the #tags written in the text. */
    static List<String> hashtags(JsonNode status, @Nullable String text) {
        Set<String> tags = new LinkedHashSet<>();
        for (JsonNode tag : status.path("tags")) {
            String name = MastodonJson.text(tag, "name");
            if (name != null) {
                try {
                    tags.add(Hashtags.normalise(name));
                } catch (IllegalArgumentException e) {
                    // a tag our stored form refuses: the text's tags remain
                }
            }
        }
        if (text != null) {
            tags.addAll(Hashtags.extract(text));
        }
        return new ArrayList<>(tags);
    }
}
