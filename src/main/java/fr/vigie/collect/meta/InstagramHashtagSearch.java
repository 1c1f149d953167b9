package fr.vigie.collect.meta;

import fr.vigie.collect.CitizenPost;
import fr.vigie.collect.HashtagSearch;
import fr.vigie.collect.RawResponse;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Instagram's hashtag search as a source of citizens' posts: the media of the last 24 hours under a
 * hashtag (within 30 unique hashtags per 7 days, {@link HashtagBudget}). The Graph API names no
 * author, so every post is stored with the author {@link CitizenPost#UNKNOWN_AUTHOR}: Instagram
 * counts posts, never distinct contributors.
 */
public final class InstagramHashtagSearch implements HashtagSearch {
    private final InstagramHashtags hashtags;
    private final @Nullable String missing;

    /** @param missing the setting the search lacks (token, business id), or null */
    public InstagramHashtagSearch(InstagramHashtags hashtags, @Nullable String missing) {
        this.hashtags = hashtags;
        this.missing = missing;
    }

    @Override
    public String network() {
        return "instagram";
    }

    @Override
    public @Nullable String missingSetting() {
        return missing;
    }

    @Override
    public void fetchTag(String tag, @Nullable Instant since, Consumer<RawResponse> archive) {
        hashtags.fetch(tag, since, archive);
    }

    @Override
    public List<CitizenPost> mapTag(String tag, List<RawResponse> responses, @Nullable Instant since) {
        return hashtags.map(responses).stream()
                .filter(m -> since == null || !m.publishedAt().isBefore(since))
                .map(m -> new CitizenPost(
                        m.mediaId(),
                        CitizenPost.UNKNOWN_AUTHOR,
                        null,
                        m.publishedAt(),
                        m.type(),
                        m.caption(),
                        m.hashtags(),
                        m.likes(),
                        m.comments(),
                        null))
                .toList();
    }
}
