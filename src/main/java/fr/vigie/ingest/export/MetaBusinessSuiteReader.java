package fr.vigie.ingest.export;

import fr.vigie.VigieException;
import fr.vigie.account.Network;
import fr.vigie.format.RowRejected;
import fr.vigie.format.SourceRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Meta Business Suite post exports (Facebook Pages and Instagram accounts), French or English
 * headers. Publish times are local times of the Page's zone, month first; low counts come blanked
 * (unknown). The metrics are observed when the export was made.
 */
final class MetaBusinessSuiteReader implements ExportReader {
    private final ExportSettings settings;
    private final Network network;
    private final String postId;
    private final String publishTime;
    private final String postType;
    private final @Nullable String permalink;
    private final @Nullable String description;
    private final @Nullable String reactions;
    private final @Nullable String likes;
    private final @Nullable String comments;
    private final @Nullable String shares;
    private final @Nullable String saves;
    private final @Nullable String views;
    private final List<@Nullable String> accountColumns;

    MetaBusinessSuiteReader(ExportColumns columns, ExportSettings settings) {
        this.settings = settings;
        this.postId = columns.require("Post ID", "Identifiant de la publication");
        this.publishTime = columns.require("Publish time", "Heure de publication");
        this.postType = columns.require("Post type", "Type de publication");
        this.permalink = columns.find("Permalink", "Permalien");
        this.description = columns.find("Description", "Title", "Titre");
        this.reactions = columns.find("Reactions", "Réactions");
        this.likes = columns.find("Likes", "J'aime");
        this.comments = columns.find("Comments", "Commentaires");
        this.shares = columns.find("Shares", "Partages");
        this.saves = columns.find("Saves", "Enregistrements");
        this.views = columns.find("Views", "Vues", "Impressions");
        this.accountColumns = java.util.Arrays.asList(
                columns.find("Account ID", "Identifiant du compte", "Page ID", "Identifiant de la Page"),
                columns.find("Account username", "Nom d'utilisateur du compte"));
        this.network = network(columns, settings);
    }

    /** --network, else the network of --account, else the header: Instagram's account columns or Facebook's Page ones. */
    private static Network network(ExportColumns columns, ExportSettings settings) {
        Network given = settings.givenNetwork();
        if (given != null) {
            if (given != Network.FACEBOOK && given != Network.INSTAGRAM) {
                throw new VigieException(columns.fileName() + ": Meta Business Suite exports are facebook or instagram,"
                        + " not " + given + "; fix --network or --account");
            }
            return given;
        }
        if (columns.anyContains("instagram")
                || columns.find(
                                "Account username",
                                "Nom d'utilisateur du compte",
                                "Account ID",
                                "Identifiant du compte")
                        != null) {
            return Network.INSTAGRAM;
        }
        if (columns.find("Page ID", "Identifiant de la Page", "Page name", "Nom de la Page") != null) {
            return Network.FACEBOOK;
        }
        throw new VigieException(columns.fileName() + ": cannot tell whether this export is of Facebook or Instagram;"
                + " give --network facebook or --network instagram");
    }

    @Override
    public ExportLine map(SourceRow row) {
        String id = ExportColumns.value(row, postId);
        String time = ExportColumns.value(row, publishTime);
        if (row.line() == 2 && (isDescription(id) || isDescription(time))) {
            return new ExportLine.Skipped("descriptions of the columns");
        }
        if (id == null) {
            throw new RowRejected(postId, "missing value");
        }
        if (time == null) {
            throw new RowRejected(publishTime, "missing value");
        }
        Instant publishedAt = ExportValues.monthFirst(time, settings.zone(), publishTime);
        String type = ExportValues.postType(ExportColumns.value(row, postType), postType);
        Long reactionCount = count(row, reactions);
        var metrics = new ExportedPost.Metrics(
                settings.observedAt(),
                reactionCount != null ? reactionCount : count(row, likes),
                count(row, comments),
                count(row, shares),
                count(row, saves),
                count(row, views));
        return new ExportLine.Post(new ExportedPost(
                network.id(),
                id,
                accounts(row),
                publishedAt,
                type,
                ExportColumns.value(row, description),
                ExportColumns.value(row, permalink),
                metrics,
                null));
    }

    /** The second line of older exports describes each column ("Lifetime: The number of…"). */
    private static boolean isDescription(@Nullable String cell) {
        if (cell == null) {
            return false;
        }
        String c = cell.toLowerCase(Locale.ROOT);
        return c.startsWith("lifetime") || c.startsWith("durée de vie") || c.startsWith("à vie");
    }

    private List<String> accounts(SourceRow row) {
        List<String> references = new ArrayList<>();
        for (String column : accountColumns) {
            String value = ExportColumns.value(row, column);
            if (value != null) {
                references.add(value);
            }
        }
        var given = settings.account();
        if (given != null && given.network() == network) {
            references.add(given.reference());
        }
        return references;
    }

    private static @Nullable Long count(SourceRow row, @Nullable String column) {
        return column == null ? null : ExportValues.count(ExportColumns.value(row, column), column);
    }
}
