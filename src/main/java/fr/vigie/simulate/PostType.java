package fr.vigie.simulate;

/** Post types of the canonical format, with how much interaction each draws relative to a photo. */
enum PostType {
    TEXT("text", 0.6),
    PHOTO("photo", 1.0),
    VIDEO("video", 1.3),
    LINK("link", 0.5),
    REEL("reel", 1.4),
    STORY("story", 0.3),
    LIVE("live", 0.8);

    private final String id;
    private final double interactionFactor;

    PostType(String id, double interactionFactor) {
        this.id = id;
        this.interactionFactor = interactionFactor;
    }

    String id() {
        return id;
    }

    double interactionFactor() {
        return interactionFactor;
    }

    boolean isVideo() {
        return this == VIDEO || this == REEL || this == LIVE || this == STORY;
    }
}
