package fr.vigie.collect;

import fr.vigie.VigieException;
import fr.vigie.account.Account;
import fr.vigie.account.AccountRegistry;
import fr.vigie.account.Network;
import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.RawItemTable;
import fr.vigie.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Imports platform API responses that researchers saved on disk, as if Vigie had fetched them: the
 * files of one fetch of one account, in fetch order, each named after its endpoint as the
 * connector labels it ({@code app.bsky.actor.getProfile.json},
 * {@code app.bsky.feed.getAuthorFeed-2.json}: the label is the name up to {@code .json} or to a
 * {@code -<page>} suffix). They are archived in {@code raw_item} (source {@code import:<file>}),
 * mapped by the network's connector and stored exactly as a collection would; importing them again
 * adds no post. Nothing is requested from the network.
 */
public final class SavedResponses {
    /** What one import of saved responses stored. */
    public record Imported(String accountId, int responses, int posts, int newPosts, int comments, int newComments) {}

    private final Store store;
    private final Map<String, Connector> connectors;
    private final Supplier<Pseudonymiser> pseudonymiser;
    private final AccountRegistry accounts;

    public SavedResponses(
            Store store, List<Connector> connectors, Supplier<Pseudonymiser> pseudonymiser, AccountRegistry accounts) {
        this.store = store;
        this.connectors = connectors.stream().collect(Collectors.toMap(Connector::network, Function.identity()));
        this.pseudonymiser = pseudonymiser;
        this.accounts = accounts;
    }

    /**
     * Imports the files of one fetch of the registered account {@code reference} (handle or platform
     * id) on {@code network}; {@code fetchedAt} dates the observation (default: the oldest file's
     * modification time).
     */
    public Imported importFetch(Network network, String reference, List<Path> files, @Nullable Instant fetchedAt) {
        Connector connector = connectors.get(network.id());
        if (connector == null) {
            throw new VigieException("saved responses of " + network.id() + " cannot be read: readable networks are "
                    + String.join(", ", connectors.keySet().stream().sorted().toList()));
        }
        Account account = accounts.find(network, reference)
                .orElseThrow(() -> new VigieException("--account: no registered " + network.id() + " account '"
                        + reference + "'; register it first (vigie accounts add)"));
        Instant observed = fetchedAt != null ? fetchedAt : oldestModification(files);
        List<RawResponse> responses = new ArrayList<>();
        for (Path file : files) {
            responses.add(new RawResponse(endpointOf(connector, file), "application/json", read(file), observed));
        }
        var target = new CollectTarget(account.accountId(), account.handle(), account.platformId());
        Collected collected;
        try {
            collected = connector.map(target, responses, null, observed);
        } catch (CollectFailure e) {
            throw new VigieException("saved responses of " + account.accountId() + " cannot be mapped: "
                    + e.getMessage() + " (files must be given in fetch order, each named after its endpoint:"
                    + " see docs/connectors/" + network.id() + ".md)");
        }
        var added = store.inTransaction(() -> {
            var raw = new RawItemTable(store);
            long fetchId = raw.newFetch();
            for (int i = 0; i < files.size(); i++) {
                RawResponse r = responses.get(i);
                raw.archive(
                        fetchId,
                        network.id(),
                        r.endpoint(),
                        account.accountId(),
                        observed,
                        r.contentType(),
                        r.body(),
                        "import:" + files.get(i).getFileName());
            }
            return new CollectWriter(store, pseudonymiser).write(connector, target, collected, observed);
        });
        return new Imported(
                account.accountId(),
                files.size(),
                collected.posts().size(),
                added.posts(),
                collected.comments().size(),
                added.comments());
    }

    /**
     * The endpoint a saved file's name carries: the name without {@code .json} and {@code -<page>},
     * where {@code .} may stand for the {@code /} a file name cannot hold
     * ({@code api.v1.accounts.lookup.json} is {@code api/v1/accounts/lookup}).
     */
    static String endpointOf(Connector connector, Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".json")) {
            name = name.substring(0, name.length() - ".json".length());
        }
        String label = name.replaceFirst("-\\d+$", "");
        List<String> known = connector.endpoints();
        if (known.isEmpty()) {
            return label;
        }
        return known.stream()
                .filter(e -> e.equals(label) || e.replace('/', '.').equals(label))
                .findFirst()
                .orElseThrow(() -> new VigieException(file + ": the file name must start with one of the "
                        + connector.network() + " endpoints "
                        + known.stream().map(e -> e.replace('/', '.')).toList()
                        + " (then an optional -<page> and .json)"));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new VigieException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static Instant oldestModification(List<Path> files) {
        Instant oldest = null;
        for (Path file : files) {
            try {
                Instant modified = Files.getLastModifiedTime(file).toInstant();
                oldest = oldest == null || modified.isBefore(oldest) ? modified : oldest;
            } catch (IOException e) {
                throw new VigieException("cannot read " + file + ": " + e.getMessage());
            }
        }
        return oldest;
    }
}
