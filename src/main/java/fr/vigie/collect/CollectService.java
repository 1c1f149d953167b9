package fr.vigie.collect;

import fr.vigie.VigieException;
import fr.vigie.store.AccountTable;
import fr.vigie.store.CollectTable;
import fr.vigie.store.RawItemTable;
import fr.vigie.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Collects the registered accounts of a network: for each, the connector fetches (every raw response
 * is archived in {@code raw_item} before anything maps it), maps, and the rows are written in one
 * transaction per account. A failed account is reported with its reason and never counts as done.
 */
public final class CollectService {
    private final Store store;
    private final Map<String, Connector> connectors;

    public CollectService(Store store, List<Connector> connectors) {
        this.store = store;
        this.connectors = connectors.stream().collect(Collectors.toMap(Connector::network, Function.identity()));
    }

    /** The networks a connector exists for. */
    public List<String> networks() {
        return connectors.keySet().stream().sorted().toList();
    }

    /**
     * Collects every account of {@code network} (of one territory when {@code territoryCode} is
     * given), keeping posts published since {@code since} (all when null); {@code progress} hears
     * each account's outcome as it ends.
     */
    public CollectReport collect(
            String network,
            @Nullable String territoryCode,
            @Nullable Instant since,
            Consumer<AccountOutcome> progress) {
        Connector connector = connectors.get(network);
        if (connector == null) {
            throw new VigieException("no connector for network '" + network + "'; collectable networks: "
                    + String.join(", ", networks()));
        }
        List<AccountOutcome> outcomes = new ArrayList<>();
        for (var row : new AccountTable(store).list(territoryCode, network, null)) {
            var target = new CollectTarget(row.accountId(), row.handle(), row.platformId());
            AccountOutcome outcome = collectOne(connector, target, since);
            progress.accept(outcome);
            outcomes.add(outcome);
        }
        return new CollectReport(outcomes);
    }

    private AccountOutcome collectOne(Connector connector, CollectTarget target, @Nullable Instant since) {
        var raw = new RawItemTable(store);
        List<RawResponse> responses = new ArrayList<>();
        try {
            connector.fetch(target, since, response -> {
                raw.archive(
                        connector.network(),
                        response.endpoint(),
                        target.accountId(),
                        response.fetchedAt(),
                        response.contentType(),
                        response.body(),
                        connector.source());
                responses.add(response);
            });
            if (responses.isEmpty()) {
                throw new CollectFailure("the platform sent nothing");
            }
            Instant fetchedAt = responses.getFirst().fetchedAt();
            Collected collected = connector.map(target, responses, since, fetchedAt);
            int added = new CollectTable(store)
                    .write(
                            connector.network(),
                            target.accountId(),
                            connector.source(),
                            snapshot(collected),
                            posts(collected));
            return new AccountOutcome.Done(target.accountId(), collected.posts().size(), added);
        } catch (CollectFailure e) {
            return new AccountOutcome.Failed(target.accountId(), e.getMessage());
        }
    }

    private static CollectTable.SnapshotRow snapshot(Collected collected) {
        var s = collected.snapshot();
        return new CollectTable.SnapshotRow(s.observedAt(), s.followers(), s.following(), s.postsCount());
    }

    private static List<CollectTable.PostRow> posts(Collected collected) {
        return collected.posts().stream()
                .map(p -> new CollectTable.PostRow(
                        p.postId(),
                        p.publishedAt(),
                        p.type(),
                        p.text(),
                        p.url(),
                        p.hashtags(),
                        p.observedAt(),
                        p.likes(),
                        p.comments(),
                        p.shares(),
                        p.quotes()))
                .toList();
    }
}
