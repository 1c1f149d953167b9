package fr.vigie.ingest.export;

import fr.vigie.account.Network;
import fr.vigie.format.RowRejected;
import fr.vigie.format.SourceRow;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Historical CrowdTangle CSVs of Facebook Pages and Instagram accounts. Counts carry thousands
 * separators ({@code 1,234}); times carry a zone abbreviation ({@code 2021-03-04 10:00:00 CET}). The
 * post id comes from the URL when no id column exists; "Followers at Posting" gives a snapshot of the
 * account at the time of the post. Likes count every reaction (Like, Love, Wow, Haha, Sad, Angry,
 * Care), as Meta's "Reactions" do.
 */
final class CrowdTangleReader implements ExportReader {
    private final ExportSettings settings;
    private final boolean facebookHeader;
    private final @Nullable String postId;
    private final String url;
    private final String created;
    private final String type;
    private final @Nullable String pageId;
    private final @Nullable String userName;
    private final @Nullable String message;
    private final @Nullable String description;
    private final List<String> reactions;
    private final @Nullable String comments;
    private final @Nullable String shares;
    private final @Nullable String views;
    private final @Nullable String followers;

    CrowdTangleReader(ExportColumns columns, ExportSettings settings) {
        this.settings = settings;
        this.postId = columns.find("Post Id", "Post ID");
        this.url = columns.require("URL");
        this.created = columns.require("Post Created");
        this.type = columns.require("Type");
        this.pageId = columns.find("Facebook Id");
        this.facebookHeader = pageId != null;
        this.userName = columns.find("User Name");
        this.message = columns.find("Message");
        this.description = columns.find("Description");
        this.reactions = new ArrayList<>();
        for (String reaction : List.of("Likes", "Love", "Wow", "Haha", "Sad", "Angry", "Care")) {
            String key = columns.find(reaction);
            if (key != null) {
                reactions.add(key);
            }
        }
        this.comments = columns.find("Comments");
        this.shares = columns.find("Shares");
        this.views = columns.find("Post Views", "Views");
        this.followers = columns.find("Followers at Posting");
    }

    @Override
    public ExportLine map(SourceRow row) {
        String link = ExportColumns.value(row, url);
        String network = network(link);
        String page = ExportColumns.value(row, pageId);
        String id = id(row, link, network, page);
        String time = ExportColumns.value(row, created);
        if (time == null) {
            throw new RowRejected(created, "missing value");
        }
        Long[] counts = new Long[reactions.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = count(row, reactions.get(i));
        }
        var metrics = new ExportedPost.Metrics(
                settings.observedAt(),
                ExportValues.sum(counts),
                count(row, comments),
                count(row, shares),
                null,
                count(row, views));
        String text = ExportColumns.value(row, message);
        return new ExportLine.Post(new ExportedPost(
                network,
                id,
                accounts(row, network, page),
                ExportValues.withAbbreviation(time, created),
                ExportValues.postType(ExportColumns.value(row, type), type),
                text != null ? text : ExportColumns.value(row, description),
                link,
                metrics,
                count(row, followers)));
    }

    /** The URL's network, else --network or --account's, else facebook when the header has "Facebook Id". */
    private String network(@Nullable String link) {
        String fromLink = link == null ? null : PostLinks.network(link);
        if (fromLink != null) {
            return fromLink;
        }
        Network given = settings.givenNetwork();
        if (given != null) {
            return given.id();
        }
        if (facebookHeader) {
            return Network.FACEBOOK.id();
        }
        throw new RowRejected(url, "cannot tell the network of this row from its URL; give --network");
    }

    /** The id column, else the URL's post id; a Facebook post number is prefixed by the Page id (page_post). */
    private String id(SourceRow row, @Nullable String link, String network, @Nullable String page) {
        String id = ExportColumns.value(row, postId);
        if (id == null && link != null) {
            id = network.equals("instagram") ? PostLinks.instagramMedia(link) : PostLinks.facebookPost(link);
        }
        if (id == null) {
            throw new RowRejected(
                    postId != null ? postId : url,
                    link == null ? "missing value: no post id and no URL" : "no post id in URL '" + link + "'");
        }
        if (network.equals("facebook") && page != null && id.chars().allMatch(Character::isDigit)) {
            return page + "_" + id;
        }
        return id;
    }

    private List<String> accounts(SourceRow row, String network, @Nullable String page) {
        List<String> references = new ArrayList<>();
        if (page != null && network.equals("facebook")) {
            references.add(page);
        }
        String handle = ExportColumns.value(row, userName);
        if (handle != null) {
            references.add(handle);
        }
        var given = settings.account();
        if (given != null && given.network().id().equals(network)) {
            references.add(given.reference());
        }
        return references;
    }

    private static @Nullable Long count(SourceRow row, @Nullable String column) {
        return column == null ? null : ExportValues.count(ExportColumns.value(row, column), column);
    }
}
