package fr.vigie.ingest.export;

import fr.vigie.VigieException;
import fr.vigie.account.Network;
import fr.vigie.format.RowRejected;
import fr.vigie.format.SourceRow;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * YouTube Studio's "Table data.csv" of the Content tab, English headers: one video a row, after a
 * Total row (skipped). The export names no channel: --account says whose videos these are. Publish
 * times are days only ({@code Sep 20, 2026}), read as the start of that day in Europe/Paris.
 */
final class YouTubeStudioReader implements ExportReader {
    private final ExportSettings settings;
    private final String account;
    private final String content;
    private final String publishTime;
    private final @Nullable String title;
    private final @Nullable String views;
    private final @Nullable String likes;
    private final @Nullable String comments;
    private final @Nullable String shares;

    YouTubeStudioReader(ExportColumns columns, ExportSettings settings) {
        this.settings = settings;
        Network given = settings.givenNetwork();
        if (given != null && given != Network.YOUTUBE) {
            throw new VigieException(columns.fileName() + ": a YouTube Studio export holds youtube videos, not " + given
                    + "; fix --network or --account");
        }
        if (settings.account() == null) {
            throw new VigieException(columns.fileName() + ": a YouTube Studio export does not name its channel;"
                    + " give --account youtube:<channel id or handle>");
        }
        this.account = settings.account().reference();
        this.content = columns.require("Content", "Video");
        this.publishTime = columns.require("Video publish time", "Publish time");
        this.title = columns.find("Video title", "Title");
        this.views = columns.find("Views");
        this.likes = columns.find("Likes");
        this.comments = columns.find("Comments added", "Comments");
        this.shares = columns.find("Shares");
    }

    @Override
    public ExportLine map(SourceRow row) {
        String id = ExportColumns.value(row, content);
        if ("Total".equalsIgnoreCase(id)) {
            return new ExportLine.Skipped("Total row");
        }
        if (id == null) {
            throw new RowRejected(content, "missing value");
        }
        String time = ExportColumns.value(row, publishTime);
        if (time == null) {
            throw new RowRejected(publishTime, "missing value");
        }
        var metrics = new ExportedPost.Metrics(
                settings.observedAt(),
                count(row, likes),
                count(row, comments),
                count(row, shares),
                null,
                count(row, views));
        return new ExportLine.Post(new ExportedPost(
                Network.YOUTUBE.id(),
                id,
                List.of(account),
                ExportValues.monthName(time, settings.zone(), publishTime),
                "video",
                ExportColumns.value(row, title),
                "https://www.youtube.com/watch?v=" + id,
                metrics,
                null));
    }

    private static @Nullable Long count(SourceRow row, @Nullable String column) {
        return column == null ? null : ExportValues.count(ExportColumns.value(row, column), column);
    }
}
