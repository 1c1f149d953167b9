package fr.vigie.collect;

import fr.vigie.VigieException;
import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.AccountTable;
import fr.vigie.store.CollectTable;
import fr.vigie.store.RawItemTable;
import fr.vigie.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Rebuilds the canonical rows of collected accounts from the raw archive, without any network: for
 * each account, the rows collection wrote are deleted and every archived fetch is mapped again, in
 * the order it was fetched, by today's mapping code — in one transaction per account, so an
 * interruption leaves each account either as it was or fully rebuilt. Fetches that failed to map
 * (they failed when collected too) are counted, not fatal.
 */
public final class Remapper {
    /** How the rebuild of one account went. */
    public record AccountRemap(String accountId, int fetches, int unmappable, int posts, int comments) {}

    private final Store store;
    private final Map<String, Connector> connectors;
    private final Supplier<Pseudonymiser> pseudonymiser;

    public Remapper(Store store, List<Connector> connectors, Supplier<Pseudonymiser> pseudonymiser) {
        this.store = store;
        this.connectors = connectors.stream().collect(Collectors.toMap(Connector::network, Function.identity()));
        this.pseudonymiser = pseudonymiser;
    }

    /** Rebuilds the accounts of {@code network} (all when null), or one account; reports each. */
    public List<AccountRemap> remap(
            @Nullable String network, @Nullable String accountId, Consumer<AccountRemap> progress) {
        if (network != null && !connectors.containsKey(network)) {
            throw new VigieException("no connector for network '" + network + "'; remappable networks: "
                    + String.join(", ", connectors.keySet().stream().sorted().toList()));
        }
        var raw = new RawItemTable(store);
        Map<String, List<Long>> fetchesByAccount = new LinkedHashMap<>();
        Map<String, Connector> connectorOf = new LinkedHashMap<>();
        for (var fetch : raw.fetches(network, accountId)) {
            if (fetch.accountId() != null && fetch.network() != null && connectors.containsKey(fetch.network())) {
                fetchesByAccount
                        .computeIfAbsent(fetch.accountId(), k -> new ArrayList<>())
                        .add(fetch.fetchId());
                connectorOf.put(fetch.accountId(), connectors.get(fetch.network()));
            }
        }
        List<AccountRemap> results = new ArrayList<>();
        fetchesByAccount.forEach((account, fetches) -> {
            AccountRemap result = remapAccount(connectorOf.get(account), account, fetches);
            progress.accept(result);
            results.add(result);
        });
        return results;
    }

    private AccountRemap remapAccount(Connector connector, String accountId, List<Long> fetches) {
        var raw = new RawItemTable(store);
        return store.inTransaction(() -> {
            var account = new AccountTable(store)
                    .list(null, connector.network(), null).stream()
                            .filter(a -> a.accountId().equals(accountId))
                            .findFirst()
                            .orElseThrow(
                                    () -> new VigieException(
                                            "raw responses of " + accountId
                                                    + " are archived but the account is not registered any more; register it again first"));
            var target = new CollectTarget(account.accountId(), account.handle(), account.platformId());
            new CollectTable(store).deleteCollected(connector.network(), accountId, connector.source());
            var writer = new CollectWriter(store, pseudonymiser);
            int unmappable = 0;
            int posts = 0;
            int comments = 0;
            for (long fetchId : fetches) {
                List<RawResponse> responses = raw.responses(fetchId).stream()
                        .map(r -> new RawResponse(r.endpoint(), r.contentType(), r.payload(), r.fetchedAt()))
                        .toList();
                Instant fetchedAt = responses.getFirst().fetchedAt();
                try {
                    Collected collected = connector.map(target, responses, null, fetchedAt);
                    var added = writer.write(connector, target, collected, fetchedAt);
                    posts += added.posts();
                    comments += added.comments();
                } catch (CollectFailure e) {
                    unmappable++;
                }
            }
            return new AccountRemap(accountId, fetches.size(), unmappable, posts, comments);
        });
    }
}
