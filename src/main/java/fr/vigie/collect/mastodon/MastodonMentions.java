package fr.vigie.collect.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.Collected;
import fr.vigie.collect.Collected.MentionKind;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Links from the account's statuses to other accounts: {@code mentions[]} (MENTION, to the
 * {@code acct} made {@code user@instance}), and {@code in_reply_to_account_id} when it is not the
 * account itself (REPLY). The replied-to account is named through the status's mentions (Mastodon
 * mentions the author answered); it is then not also counted as a MENTION. A reply whose author is not
 * among the mentions gives no link (its id alone names no account across instances).
 */
final class MastodonMentions {
    private MastodonMentions() {}

    static List<Collected.Mention> of(JsonNode status, String ownId, String instance, Collected.Post post) {
        String repliedTo = MastodonJson.id(status, "in_reply_to_account_id");
        List<Collected.Mention> links = new ArrayList<>();
        for (JsonNode mention : status.path("mentions")) {
            String id = MastodonJson.id(mention, "id");
            String acct = normalisedAcct(mention, instance);
            if (acct == null || ownId.equals(id)) {
                continue;
            }
            boolean reply = repliedTo != null && repliedTo.equals(id) && !repliedTo.equals(ownId);
            links.add(new Collected.Mention(
                    post.postId(), acct, reply ? MentionKind.REPLY : MentionKind.MENTION, post.publishedAt()));
        }
        return links.stream().distinct().toList();
    }

    /**
     * An account's {@code acct} as {@code user@instance}, lower case: a local account ({@code acct}
     * without a domain) is on {@code localInstance} when given, else on the host of its {@code url}.
     */
    static @Nullable String normalisedAcct(JsonNode account, @Nullable String localInstance) {
        String acct = MastodonJson.text(account, "acct");
        if (acct == null || acct.isBlank()) {
            return null;
        }
        String lower = acct.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("@")) {
            lower = lower.substring(1);
        }
        if (lower.contains("@")) {
            return lower;
        }
        String host = localInstance != null ? localInstance : hostOf(MastodonJson.text(account, "url"));
        return host == null ? null : lower + "@" + host.toLowerCase(Locale.ROOT);
    }

    private static @Nullable String hostOf(@Nullable String url) {
        if (url == null) {
            return null;
        }
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null; // an unreadable profile URL leaves the account unnamed
        }
    }
}
