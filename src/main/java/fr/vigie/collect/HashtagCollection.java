package fr.vigie.collect;

import fr.vigie.VigieException;
import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.AccountTable;
import fr.vigie.store.CitizenPostTable;
import fr.vigie.store.RawItemTable;
import fr.vigie.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Collects citizens' public posts under the hashtags of territories (table {@code territory_hashtag}):
 * for each network and each distinct tag, the search fetches (every response archived in
 * {@code raw_item} under one fetch id, with no account), maps, drops the posts of registered accounts
 * of that network (they are the territories' own), pseudonymises the authors and inserts the posts not
 * stored yet into {@code citizen_post}. A post belongs to one territory: when several of the requested
 * territories share a tag, the first by code.
 */
public final class HashtagCollection {
    /** The archived subject of a hashtag search: {@code #} and the tag. */
    static final String SUBJECT = "#";

    /** Without {@code since}, a tag resumes from its newest stored post minus this overlap. */
    static final Duration RESUME_OVERLAP = Duration.ofDays(1);

    private final Store store;
    private final Map<String, HashtagSearch> searches = new TreeMap<>();
    private final Supplier<Pseudonymiser> pseudonymiser;

    public HashtagCollection(Store store, List<HashtagSearch> searches, Supplier<Pseudonymiser> pseudonymiser) {
        this.store = store;
        searches.forEach(s -> this.searches.put(s.network(), s));
        this.pseudonymiser = pseudonymiser;
    }

    /** The networks a hashtag search exists for. */
    public List<String> networks() {
        return List.copyOf(searches.keySet());
    }

    /**
     * Collects the hashtags of {@code territoryCodes} (all territories when empty) on {@code networks}
     * (every network whose settings are present when empty; a network asked for by name without its
     * setting is refused). {@code progress} hears each tag's outcome as it ends.
     */
    public HashtagReport collect(
            List<String> networks,
            List<String> territoryCodes,
            @Nullable Instant since,
            Consumer<TagOutcome> progress) {
        Map<String, String> skipped = new TreeMap<>();
        List<HashtagSearch> runnable = new ArrayList<>();
        for (String network : networks.isEmpty() ? networks() : networks) {
            HashtagSearch search = searches.get(network);
            if (search == null) {
                throw new VigieException("no hashtag search for network '" + network + "'; searchable networks: "
                        + String.join(", ", networks()));
            }
            String missing = search.missingSetting();
            if (missing == null) {
                runnable.add(search);
            } else if (networks.isEmpty()) {
                skipped.put(network, missing);
            } else {
                throw new VigieException("searching hashtags on " + network + " needs the setting " + missing
                        + " (environment variable, or a line in the secrets file: see docs/connectors/" + network
                        + ".md)");
            }
        }
        Map<String, String> territoryOfTag = new LinkedHashMap<>();
        for (var row : new CitizenPostTable(store).territoryTags(territoryCodes)) {
            territoryOfTag.putIfAbsent(row.tag(), row.territoryCode());
        }
        List<TagOutcome> outcomes = new ArrayList<>();
        for (HashtagSearch search : runnable) {
            for (var entry : territoryOfTag.entrySet()) {
                TagOutcome outcome = collectTag(search, entry.getKey(), entry.getValue(), since);
                progress.accept(outcome);
                outcomes.add(outcome);
            }
        }
        return new HashtagReport(outcomes, skipped);
    }

    private TagOutcome collectTag(HashtagSearch search, String tag, String territoryCode, @Nullable Instant since) {
        String network = search.network();
        var table = new CitizenPostTable(store);
        Instant from = since != null ? since : resumeFrom(table.newest(network, tag));
        var raw = new RawItemTable(store);
        long fetchId = raw.newFetch();
        List<RawResponse> responses = new ArrayList<>();
        try {
            search.fetchTag(tag, from, response -> {
                raw.archiveSearch(
                        fetchId,
                        network,
                        response.endpoint(),
                        SUBJECT + tag,
                        response.fetchedAt(),
                        response.contentType(),
                        response.body(),
                        search.source());
                responses.add(response);
            });
            return store(search, tag, territoryCode, responses, from);
        } catch (CollectFailure e) {
            return new TagOutcome.Failed(network, tag, e.getMessage());
        }
    }

    /** Maps one fetch of {@code tag} and inserts the citizens' posts not stored yet. */
    private TagOutcome.Done store(
            HashtagSearch search,
            String tag,
            String territoryCode,
            List<RawResponse> responses,
            @Nullable Instant from) {
        String network = search.network();
        var table = new CitizenPostTable(store);
        List<CitizenPost> posts = search.mapTag(tag, responses, from);
        Set<String> own = registeredIdentities(network);
        List<CitizenPostTable.CitizenPostRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CitizenPost post : posts) {
            if (!seen.add(post.postId())) {
                continue;
            }
            if (own.contains(post.authorId().toLowerCase(Locale.ROOT))
                    || (post.authorHandle() != null
                            && own.contains(post.authorHandle().toLowerCase(Locale.ROOT)))) {
                continue;
            }
            rows.add(new CitizenPostTable.CitizenPostRow(
                    ContentIds.stored(pseudonymiser.get(), network, post.postId(), null),
                    territoryCode,
                    post.authorId().equals(CitizenPost.UNKNOWN_AUTHOR)
                            ? CitizenPost.UNKNOWN_AUTHOR
                            : pseudonymiser.get().pseudonym(network, post.authorId()),
                    post.publishedAt(),
                    post.type(),
                    post.text(),
                    post.hashtags(),
                    post.likes(),
                    post.comments(),
                    post.shares()));
        }
        int added = table.insertNew(network, search.source(), rows);
        return new TagOutcome.Done(network, tag, territoryCode, seen.size(), seen.size() - rows.size(), added);
    }

    /**
     * Rebuilds the citizens' posts of {@code network} (every searchable network when null) from the
     * archived hashtag searches, without any request: the rows hashtag collection wrote are deleted
     * and every archived search replayed in order, in one transaction per network. A tag no longer
     * held by any territory, or a search that cannot be mapped, is reported as failed and skipped.
     */
    public List<TagOutcome> remap(@Nullable String network, Consumer<TagOutcome> progress) {
        Map<String, String> territoryOfTag = new LinkedHashMap<>();
        for (var row : new CitizenPostTable(store).territoryTags(List.of())) {
            territoryOfTag.putIfAbsent(row.tag(), row.territoryCode());
        }
        List<TagOutcome> outcomes = new ArrayList<>();
        var raw = new RawItemTable(store);
        for (HashtagSearch search : searches.values()) {
            if (network != null && !network.equals(search.network())) {
                continue;
            }
            store.inTransaction(() -> {
                new CitizenPostTable(store).deleteAll(search.network(), search.source());
                for (var fetch : raw.fetches(search.network(), null)) {
                    if (fetch.subject() == null || !fetch.subject().startsWith(SUBJECT)) {
                        continue;
                    }
                    String tag = fetch.subject().substring(SUBJECT.length());
                    String territory = territoryOfTag.get(tag);
                    TagOutcome outcome;
                    if (territory == null) {
                        outcome = new TagOutcome.Failed(
                                search.network(), tag, "no territory holds this hashtag any more");
                    } else {
                        List<RawResponse> responses = raw.responses(fetch.fetchId()).stream()
                                .map(r -> new RawResponse(r.endpoint(), r.contentType(), r.payload(), r.fetchedAt()))
                                .toList();
                        try {
                            outcome = store(search, tag, territory, responses, null);
                        } catch (CollectFailure e) {
                            outcome = new TagOutcome.Failed(search.network(), tag, e.getMessage());
                        }
                    }
                    progress.accept(outcome);
                    outcomes.add(outcome);
                }
                return null;
            });
        }
        return outcomes;
    }

    /** Platform ids and handles (lower case) of the registered accounts of a network. */
    private Set<String> registeredIdentities(String network) {
        Set<String> identities = new HashSet<>();
        for (var account : new AccountTable(store).list(null, network, null)) {
            identities.add(account.handle().toLowerCase(Locale.ROOT));
            if (account.platformId() != null) {
                identities.add(account.platformId().toLowerCase(Locale.ROOT));
            }
        }
        return identities;
    }

    private static @Nullable Instant resumeFrom(@Nullable Instant newest) {
        return newest == null ? null : newest.minus(RESUME_OVERLAP);
    }
}
