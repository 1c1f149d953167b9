package fr.vigie.collect;

import fr.vigie.VigieException;
import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.CollectStatusTable;
import fr.vigie.store.RawItemTable;
import fr.vigie.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Collects registered accounts: for each, the connector fetches (every raw response is archived in
 * {@code raw_item} under one fetch id before anything maps it), maps, and the rows are written in one
 * transaction. Each account's status (last success, last error, next run) and lifecycle events are
 * recorded; a failed account is reported with its reason and never counts as done. Accounts the
 * registry says left the network or migrated are not collected.
 *
 * <p>Fetches of one network run several at once on virtual threads ({@link CollectLimits#concurrency},
 * through {@link OrderedFetches}); archiving, mapping and writing stay on the caller's thread, one
 * account after the other in account order, so the store's connection is never shared and reports
 * are deterministic. Each network's run holds a fresh {@link RequestBudget}, bound to its fetches.
 */
public final class CollectService {
    /** Registry statuses of accounts that are not collected any more. */
    private static final java.util.Set<String> GONE_STATUSES = java.util.Set.of("left", "migrated");

    private final Store store;
    private final Map<String, Connector> connectors;
    private final Supplier<Pseudonymiser> pseudonymiser;
    private final Clock clock;
    private final CollectLimits limits;

    /** A service fetching one account at a time, without request budgets. */
    public CollectService(Store store, List<Connector> connectors, Supplier<Pseudonymiser> pseudonymiser, Clock clock) {
        this(store, connectors, pseudonymiser, clock, CollectLimits.sequential());
    }

    /** A service applying {@code limits} (concurrency and request budget per network). */
    public CollectService(
            Store store,
            List<Connector> connectors,
            Supplier<Pseudonymiser> pseudonymiser,
            Clock clock,
            CollectLimits limits) {
        this.store = store;
        this.connectors = connectors.stream().collect(Collectors.toMap(Connector::network, Function.identity()));
        this.pseudonymiser = pseudonymiser;
        this.clock = clock;
        this.limits = limits;
    }

    /** The networks a connector exists for. */
    public List<String> networks() {
        return connectors.keySet().stream().sorted().toList();
    }

    /** The connector of a network, or a message listing the collectable ones. */
    Connector connector(String network) {
        Connector connector = connectors.get(network);
        if (connector == null) {
            throw new VigieException("no connector for network '" + network + "'; collectable networks: "
                    + String.join(", ", networks()));
        }
        return connector;
    }

    /** The connector of a network asked for by name, refused with the setting it misses. */
    private Connector runnable(String network) {
        Connector connector = connector(network);
        String missing = connector.missingSetting();
        if (missing != null) {
            throw new VigieException("collecting " + network + " needs the setting " + missing
                    + " (environment variable, or a line in the secrets file: see docs/connectors/" + network
                    + ".md)");
        }
        return connector;
    }

    /** Collects every account of {@code network} (see {@link CollectRequest#of}). */
    public CollectReport collect(
            String network,
            @Nullable String territoryCode,
            @Nullable Instant since,
            Consumer<AccountOutcome> progress) {
        return collect(CollectRequest.of(network, territoryCode, since), progress);
    }

    /** Collects what the request covers; {@code progress} hears each account's outcome as it ends. */
    public CollectReport collect(CollectRequest request, Consumer<AccountOutcome> progress) {
        Map<String, String> skipped = new TreeMap<>();
        List<String> networks;
        if (request.networks().isEmpty()) {
            networks = new ArrayList<>();
            for (String network : networks()) {
                String missing = connectors.get(network).missingSetting();
                if (missing == null) {
                    networks.add(network);
                } else {
                    skipped.put(network, missing);
                }
            }
        } else {
            networks = request.networks();
            networks.forEach(this::runnable);
        }
        Instant now = clock.instant();
        List<AccountOutcome> outcomes = new ArrayList<>();
        for (String network : networks) {
            Connector connector = connectors.get(network);
            List<Job> jobs = new ArrayList<>();
            for (var row : new CollectStatusTable(store).statuses(network, request.territoryCode())) {
                if (GONE_STATUSES.contains(row.accountStatus())
                        || (request.dueOnly()
                                && row.nextRunAt() != null
                                && row.nextRunAt().isAfter(now))) {
                    continue;
                }
                var target = new CollectTarget(row.accountId(), row.handle(), row.platformId());
                Instant since = request.since() != null ? request.since() : resumeFrom(network, target.accountId());
                jobs.add(new Job(target, since));
            }
            RequestBudget budget = limits.budget(network);
            OrderedFetches.run(
                    jobs, limits.concurrency(network), job -> fetch(connector, job, budget), (job, fetched) -> {
                        AccountOutcome outcome = store(connector, job, fetched);
                        progress.accept(outcome);
                        outcomes.add(outcome);
                    });
        }
        return new CollectReport(outcomes, skipped);
    }

    /** One account to collect, and the date its posts are wanted from (null: all). */
    private record Job(CollectTarget target, @Nullable Instant since) {}

    /** What one fetch brought: the responses received, in order, and the failure that ended it, if any. */
    private record Fetched(
            Instant started,
            List<RawResponse> responses,
            @Nullable CollectFailure failure) {}

    /** The I/O of one account, on any thread: touches no store. */
    private Fetched fetch(Connector connector, Job job, RequestBudget budget) {
        Instant started = clock.instant();
        List<RawResponse> responses = new ArrayList<>();
        try {
            ScopedValue.where(RequestBudget.CURRENT, budget)
                    .run(() -> connector.fetch(job.target(), job.since(), responses::add));
            return new Fetched(started, responses, null);
        } catch (CollectFailure e) {
            return new Fetched(started, responses, e);
        }
    }

    /** Archives what one fetch received, then maps and writes it: on the caller's thread only. */
    private AccountOutcome store(Connector connector, Job job, Fetched fetched) {
        var raw = new RawItemTable(store);
        var status = new CollectStatusTable(store);
        var lifecycle = new AccountLifecycle(store);
        String network = connector.network();
        CollectTarget target = job.target();
        Instant since = job.since();
        Instant started = fetched.started();
        List<RawResponse> responses = fetched.responses();
        long fetchId = raw.newFetch();
        try {
            // one commit for the fetch's answers, kept whatever the mapping says of them
            store.inTransaction(() -> {
                for (RawResponse response : responses) {
                    raw.archive(
                            fetchId,
                            network,
                            response.endpoint(),
                            target.accountId(),
                            response.fetchedAt(),
                            response.contentType(),
                            response.body(),
                            connector.source());
                }
                return null;
            });
            CollectFailure failure = fetched.failure();
            if (failure != null) {
                throw failure;
            }
            if (responses.isEmpty()) {
                throw new CollectFailure("the platform sent nothing");
            }
            Collected collected =
                    connector.map(target, responses, since, responses.getFirst().fetchedAt());
            var added = store.inTransaction(() -> {
                lifecycle.checkIdentity(network, target, collected.snapshot(), connector.source());
                return new CollectWriter(store, pseudonymiser).write(connector, target, collected, started);
            });
            lifecycle.checkActivity(network, handleAfter(collected, target), started, connector.source());
            long recent = status.postsBetween(
                    target.accountId(), started.minus(Cadence.ACTIVITY_WINDOW), started.plusSeconds(1));
            var publications = status.publicationsBetween(
                    target.accountId(), started.minus(Cadence.AGES.getLast()), started.plusSeconds(1));
            status.recordSuccess(target.accountId(), network, started, Cadence.nextRun(started, recent, publications));
            return new AccountOutcome.Done(
                    target.accountId(),
                    collected.posts().size(),
                    added.posts(),
                    collected.comments().size(),
                    added.comments());
        } catch (AccountGone gone) {
            lifecycle.gone(target.accountId(), started, gone, connector.source());
            status.recordFailure(target.accountId(), network, started, gone.getMessage());
            status.scheduleNext(target.accountId(), started.plus(Cadence.afterGone()));
            return new AccountOutcome.Failed(target.accountId(), gone.getMessage());
        } catch (CollectFailure e) {
            int failures = status.recordFailure(target.accountId(), network, started, e.getMessage());
            status.scheduleNext(target.accountId(), started.plus(Cadence.afterFailure(failures)));
            return new AccountOutcome.Failed(target.accountId(), e.getMessage());
        }
    }

    /** The account's handle once the collection has followed a rename. */
    private static String handleAfter(Collected collected, CollectTarget target) {
        String handle = collected.snapshot().handle();
        return handle != null ? handle : target.handle();
    }

    /** The watermark minus the refresh window, so that recent posts' metrics are observed again. */
    private @Nullable Instant resumeFrom(String network, String accountId) {
        Instant newest = new CollectStatusTable(store).watermark(network, accountId, "posts");
        return newest == null ? null : newest.minus(Cadence.REFRESH_WINDOW);
    }
}
