package fr.vigie.simulate;

import fr.vigie.account.Network;

/**
 * How one network behaves in the model: audience relative to other networks, posting rate relative
 * to Facebook, engagement, how interactions split into counts, which counts the network exposes,
 * how fast counts saturate after publication, post types. docs/simulator.md lists every value.
 *
 * @param engagementRate mean interactions of a post ÷ followers, for an account of 10,000 followers
 * @param shares share of interactions per count: likes, comments, shares, quotes, saves
 * @param views which posts expose a view count
 * @param saturationHours time constant τ: a count reaches 1 − e^(−age/τ) of its final value
 * @param replyFactor multiplies an account's responsiveness to questions on this network
 * @param mentionRate share of an account's posting slots that mention, repost or reply to a related account
 */
record NetworkModel(
        double followerFactor,
        double postsFactor,
        double engagementRate,
        double[] shares,
        boolean sharesOmittedWhenZero,
        Views views,
        double viewsPerFollower,
        double saturationHours,
        double replyFactor,
        double mentionRate,
        PostType[] types,
        double[] typeWeights) {

    /** Which posts of a network show a view count. */
    enum Views {
        NONE,
        VIDEO_ONLY,
        ALWAYS
    }

    static final int LIKES = 0, COMMENTS = 1, SHARES = 2, QUOTES = 3, SAVES = 4;

    /** A share of NaN marks a count that the network does not expose (written empty). */
    private static final double NO = Double.NaN;

    private static final NetworkModel[] BY_NETWORK =
            java.util.Arrays.stream(Network.values()).map(NetworkModel::build).toArray(NetworkModel[]::new);

    static NetworkModel of(Network network) {
        return BY_NETWORK[network.ordinal()];
    }

    private static NetworkModel build(Network network) {
        return switch (network) {
            case FACEBOOK ->
                new NetworkModel(
                        2.5,
                        1.0,
                        0.004,
                        new double[] {0.82, 0.08, 0.10, NO, NO},
                        true,
                        Views.VIDEO_ONLY,
                        0.2,
                        10,
                        1.0,
                        0.06,
                        types(
                                PostType.PHOTO,
                                PostType.LINK,
                                PostType.VIDEO,
                                PostType.TEXT,
                                PostType.REEL,
                                PostType.LIVE),
                        new double[] {48, 18, 12, 12, 7, 3});
            case INSTAGRAM ->
                new NetworkModel(
                        1.6,
                        1.0,
                        0.015,
                        new double[] {0.95, 0.03, NO, NO, 0.02},
                        false,
                        Views.VIDEO_ONLY,
                        0.35,
                        8,
                        0.8,
                        0.05,
                        types(PostType.PHOTO, PostType.REEL, PostType.STORY, PostType.VIDEO),
                        new double[] {50, 25, 20, 5});
            case X ->
                new NetworkModel(
                        1.3,
                        2.0,
                        0.0012,
                        new double[] {0.72, 0.06, 0.17, 0.05, NO},
                        false,
                        Views.ALWAYS,
                        0.15,
                        2,
                        0.5,
                        0.12,
                        types(PostType.TEXT, PostType.PHOTO, PostType.VIDEO, PostType.LINK),
                        new double[] {40, 42, 12, 6});
            case YOUTUBE ->
                new NetworkModel(
                        0.2,
                        0.06,
                        0.02,
                        new double[] {0.9, 0.1, NO, NO, NO},
                        false,
                        Views.ALWAYS,
                        0.3,
                        72,
                        0.4,
                        0.01,
                        types(PostType.VIDEO, PostType.REEL, PostType.LIVE),
                        new double[] {80, 15, 5});
            case LINKEDIN ->
                new NetworkModel(
                        0.9,
                        0.35,
                        0.006,
                        new double[] {0.88, 0.05, 0.07, NO, NO},
                        false,
                        Views.NONE,
                        0,
                        24,
                        0.5,
                        0.10,
                        types(PostType.PHOTO, PostType.LINK, PostType.TEXT, PostType.VIDEO),
                        new double[] {45, 30, 10, 15});
            case TIKTOK ->
                new NetworkModel(
                        0.7,
                        0.2,
                        0.04,
                        new double[] {0.88, 0.03, 0.05, NO, 0.04},
                        false,
                        Views.ALWAYS,
                        0.8,
                        48,
                        0.3,
                        0.02,
                        types(PostType.VIDEO),
                        new double[] {1});
            case BLUESKY ->
                new NetworkModel(
                        0.08,
                        0.8,
                        0.02,
                        new double[] {0.72, 0.08, 0.15, 0.05, NO},
                        false,
                        Views.NONE,
                        0,
                        3,
                        0.6,
                        0.10,
                        types(PostType.TEXT, PostType.PHOTO, PostType.LINK),
                        new double[] {50, 42, 8});
            case MASTODON ->
                new NetworkModel(
                        0.03,
                        0.7,
                        0.025,
                        new double[] {0.65, 0.07, 0.28, NO, NO},
                        false,
                        Views.NONE,
                        0,
                        4,
                        0.6,
                        0.08,
                        types(PostType.TEXT, PostType.PHOTO, PostType.LINK),
                        new double[] {55, 37, 8});
            case THREADS ->
                new NetworkModel(
                        0.35,
                        0.5,
                        0.008,
                        new double[] {0.86, 0.08, 0.04, 0.02, NO},
                        false,
                        Views.NONE,
                        0,
                        6,
                        0.4,
                        0.05,
                        types(PostType.TEXT, PostType.PHOTO, PostType.VIDEO),
                        new double[] {50, 45, 5});
        };
    }

    private static PostType[] types(PostType... types) {
        return types;
    }

    boolean exposes(int count) {
        return !Double.isNaN(shares[count]);
    }

    boolean showsViews(PostType type) {
        return switch (views) {
            case NONE -> false;
            case ALWAYS -> true;
            case VIDEO_ONLY -> type.isVideo();
        };
    }
}
