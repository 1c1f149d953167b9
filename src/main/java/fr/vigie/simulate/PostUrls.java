package fr.vigie.simulate;

/** Public URLs of posts, in each network's current shape. */
final class PostUrls {
    private PostUrls() {}

    static String of(SimAccount account, String postId, PostType type) {
        String handle = account.handle();
        return switch (account.network()) {
            case FACEBOOK ->
                "https://www.facebook.com/" + handle + "/posts/" + postId.substring(postId.indexOf('_') + 1);
            case INSTAGRAM ->
                type == PostType.STORY
                        ? "https://www.instagram.com/stories/" + handle + "/" + postId + "/"
                        : "https://www.instagram.com/" + (type == PostType.REEL ? "reel/" : "p/")
                                + PlatformIds.shortcode(postId) + "/";
            case X -> "https://x.com/" + handle + "/status/" + postId;
            case YOUTUBE ->
                type == PostType.REEL
                        ? "https://www.youtube.com/shorts/" + postId
                        : "https://www.youtube.com/watch?v=" + postId;
            case LINKEDIN -> "https://www.linkedin.com/feed/update/" + postId + "/";
            case TIKTOK -> "https://www.tiktok.com/@" + handle + "/video/" + postId;
            case BLUESKY ->
                "https://bsky.app/profile/" + handle + "/post/" + postId.substring(postId.lastIndexOf('/') + 1);
            case MASTODON -> {
                int at = handle.indexOf('@');
                yield "https://" + handle.substring(at + 1) + "/@" + handle.substring(0, at) + "/" + postId;
            }
            case THREADS -> "https://www.threads.net/@" + handle + "/post/" + PlatformIds.shortcode(postId);
        };
    }
}
