package fr.vigie;

import fr.vigie.account.AccountHistory;
import fr.vigie.account.AccountRegistry;
import fr.vigie.collect.CollectService;
import fr.vigie.collect.Connector;
import fr.vigie.collect.HashtagCollection;
import fr.vigie.collect.HttpGetter;
import fr.vigie.collect.Remapper;
import fr.vigie.collect.SavedResponses;
import fr.vigie.collect.bluesky.BlueskyActorSearch;
import fr.vigie.collect.bluesky.BlueskyConnector;
import fr.vigie.collect.bluesky.BlueskyHashtagSearch;
import fr.vigie.collect.mastodon.MastodonAccountSearch;
import fr.vigie.collect.mastodon.MastodonConnector;
import fr.vigie.collect.mastodon.MastodonHashtagSearch;
import fr.vigie.collect.meta.FacebookConnector;
import fr.vigie.collect.meta.HashtagBudget;
import fr.vigie.collect.meta.InstagramConnector;
import fr.vigie.collect.meta.InstagramHashtagSearch;
import fr.vigie.collect.meta.InstagramHashtags;
import fr.vigie.collect.x.XConnector;
import fr.vigie.collect.youtube.YouTubeChannelSearch;
import fr.vigie.collect.youtube.YouTubeConnector;
import fr.vigie.config.Settings;
import fr.vigie.config.Workspace;
import fr.vigie.demo.Demo;
import fr.vigie.demo.DemoExports;
import fr.vigie.demo.DemoListener;
import fr.vigie.demo.DemoReport;
import fr.vigie.demo.DemoSettings;
import fr.vigie.discover.Discovery;
import fr.vigie.ingest.DatasetImport;
import fr.vigie.ingest.ExportImport;
import fr.vigie.ingest.Importer;
import fr.vigie.kpi.KpiService;
import fr.vigie.member.MemberAccounts;
import fr.vigie.member.MemberService;
import fr.vigie.member.PasswordHasher;
import fr.vigie.privacy.ArchiveCipher;
import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.ranking.CompositeWeights;
import fr.vigie.ranking.EditionPublisher;
import fr.vigie.ranking.RankService;
import fr.vigie.ranking.ScoreService;
import fr.vigie.simulate.Simulator;
import fr.vigie.store.AccountTable;
import fr.vigie.store.CollectStatusTable;
import fr.vigie.store.RawItemTable;
import fr.vigie.store.SimulationInputs;
import fr.vigie.store.Store;
import fr.vigie.territory.Categories;
import fr.vigie.territory.TerritoryRegistry;
import fr.vigie.territory.location.Locations;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The composition root's product: one opened workspace with its store and the services built on it.
 * Commands (and, later, web routes) call these services and hold no business logic themselves.
 *
 * <p>The registry of territories is loaded on first need (when the store has none yet), and the
 * category rules are reloaded then from the editable file, so that every service sees them.
 */
public final class Vigie implements AutoCloseable {
    /** Environment setting capping DuckDB's memory, e.g. 3GB; unset: DuckDB's default (80 % of RAM). */
    public static final String MEMORY_LIMIT = "VIGIE_MEMORY_LIMIT";

    private final Workspace workspace;
    private final Map<String, String> env;
    private final Store store;
    private @Nullable TerritoryRegistry territories;
    private @Nullable Pseudonymiser pseudonymiser;
    private boolean registryLoadedNow;
    private byte @Nullable [] pseudonymKey;
    private @Nullable ArchiveCipher archiveCipher;

    private Vigie(Workspace workspace, Map<String, String> env, Store store) {
        this.workspace = workspace;
        this.env = env;
        this.store = store;
        // raw answers hold citizens' identities: sealed at rest under the pseudonym key
        store.sealArchiveWith(this::archiveCipher);
    }

    private ArchiveCipher archiveCipher() {
        if (archiveCipher == null) {
            archiveCipher = new ArchiveCipher(pseudonymKey());
        }
        return archiveCipher;
    }

    /** Opens the workspace's store (migrating it); the environment gives settings such as keys. */
    public static Vigie open(Workspace workspace, Map<String, String> env) {
        Map<String, String> settings = Settings.load(env, workspace.home());
        Store store = Store.open(workspace.store());
        String memory = env.get(MEMORY_LIMIT);
        if (memory != null && !memory.isBlank()) {
            try {
                store.limitMemory(memory.strip());
            } catch (RuntimeException e) {
                store.close();
                throw new VigieException(MEMORY_LIMIT + ": " + e.getMessage());
            }
        }
        return new Vigie(workspace, settings, store);
    }

    public Workspace workspace() {
        return workspace;
    }

    public Store store() {
        return store;
    }

    /** The registry of territories (and their points), loaded into the store on first use. */
    public TerritoryRegistry territories() {
        if (territories == null) {
            var registry = new TerritoryRegistry(store);
            registryLoadedNow = registry.ensureLoaded(Categories.overrideIn(workspace.home()));
            new Locations(store).ensureLoaded();
            territories = registry;
        }
        return territories;
    }

    /** Whether {@link #territories()} had to load the shipped registry (first use of this store). */
    public boolean registryLoadedNow() {
        return registryLoadedNow;
    }

    public AccountRegistry accounts() {
        territories();
        return new AccountRegistry(store);
    }

    /** Imports of the canonical formats; {@code showProgress} draws progress bars on the console. */
    public Importer importer(boolean showProgress) {
        return new Importer(store, this::pseudonymiser, showProgress);
    }

    /** Status changes and dated events of the registered accounts. */
    public AccountHistory accountHistory() {
        return new AccountHistory(store, accounts());
    }

    /** Users, sign-in and sessions of the member space, with the recommended Argon2id cost. */
    public MemberService members() {
        return new MemberService(store, PasswordHasher.recommended(), Clock.systemUTC());
    }

    /** Territories' accounts lists as their members manage them. */
    public MemberAccounts memberAccounts() {
        return new MemberAccounts(accounts(), accountHistory(), Clock.systemUTC());
    }

    /** Imports of platform exports (Meta Business Suite, YouTube Studio, CrowdTangle). */
    public ExportImport exports() {
        return new ExportImport(store);
    }

    public DatasetImport datasets(boolean showProgress) {
        return new DatasetImport(importer(showProgress), accounts());
    }

    public Simulator simulator() {
        territories();
        return new Simulator(new SimulationInputs(store));
    }

    public KpiService kpis() {
        return new KpiService(store);
    }

    public RankService rankings() {
        territories();
        return new RankService(store, kpis());
    }

    /** Composite and size-adjusted palmarès, with the weights of {@code <home>/weights.csv} or the built-in ones. */
    public ScoreService scores() {
        territories();
        return new ScoreService(store, kpis(), CompositeWeights.load(workspace.home()));
    }

    /** Publishes editions: every palmarès of a period stored for the web site and the API. */
    public EditionPublisher publisher() {
        territories();
        return new EditionPublisher(
                store, kpis(), CompositeWeights.load(workspace.home()), java.time.Clock.systemUTC());
    }

    /**
     * Collection from the platforms' APIs (docs/connectors/README.md lists them and their settings);
     * concurrency and request budget per network from VIGIE_<NETWORK>_CONCURRENCY and
     * VIGIE_<NETWORK>_MAX_REQUESTS.
     */
    public CollectService collect() {
        territories();
        return new CollectService(
                store,
                connectors(),
                this::pseudonymiser,
                java.time.Clock.systemUTC(),
                fr.vigie.collect.CollectLimits.fromEnvironment(env));
    }

    /** Every registered account of a network and territory (null: all) with its collection status. */
    public List<CollectStatusTable.StatusRow> collectStatus(@Nullable String network, @Nullable String territoryCode) {
        return new CollectStatusTable(store).statuses(network, territoryCode);
    }

    /** Imports of API responses saved on disk, mapped as a collection would. */
    public SavedResponses savedResponses() {
        territories();
        return new SavedResponses(store, connectors(), this::pseudonymiser, accounts());
    }

    /** Proposes candidate official accounts of a territory from the networks' account searches. */
    public Discovery discovery() {
        territories();
        HttpGetter http = HttpGetter.system();
        var accounts = new AccountTable(store);
        var raw = new RawItemTable(store);
        return new Discovery(
                List.of(
                        BlueskyActorSearch.fromEnvironment(env, http),
                        MastodonAccountSearch.fromEnvironment(env, http),
                        YouTubeChannelSearch.fromEnvironment(
                                env,
                                http,
                                since -> raw.requestsSince("youtube", since),
                                // searches are archived (account-less) so that the daily quota counts them
                                response -> raw.archive(
                                        raw.newFetch(),
                                        "youtube",
                                        response.endpoint(),
                                        null,
                                        response.fetchedAt(),
                                        response.contentType(),
                                        response.body(),
                                        "discover:youtube"))),
                (network, handle) -> accounts.byHandle(network, handle).isPresent());
    }

    /** Rebuilds collected rows from the raw archive, without network. */
    public Remapper remapper() {
        return new Remapper(store, connectors(), this::pseudonymiser);
    }

    /** One connector per collectable network, each configured from the settings (base URLs, credentials). */
    private List<Connector> connectors() {
        HttpGetter http = HttpGetter.system();
        return List.of(
                BlueskyConnector.fromEnvironment(env, http),
                MastodonConnector.fromEnvironment(env, http),
                FacebookConnector.fromEnvironment(env, http),
                InstagramConnector.fromEnvironment(env, http),
                YouTubeConnector.fromEnvironment(
                        env, http, since -> new RawItemTable(store).requestsSince("youtube", since)),
                XConnector.fromEnvironment(env, http));
    }

    /**
     * Citizens' posts under the territories' hashtags: Bluesky (an app-password session:
     * VIGIE_BLUESKY_IDENTIFIER, VIGIE_BLUESKY_APP_PASSWORD, VIGIE_BLUESKY_PDS_URL) and Mastodon tag
     * timelines (VIGIE_MASTODON_TAG_INSTANCES, default: the registered accounts' instances).
     */
    public HashtagCollection hashtags() {
        territories();
        HttpGetter http = HttpGetter.system();
        return new HashtagCollection(
                store,
                List.of(
                        BlueskyHashtagSearch.fromEnvironment(env, http),
                        MastodonHashtagSearch.fromEnvironment(env, http, this::mastodonInstances),
                        new InstagramHashtagSearch(
                                InstagramHashtags.fromEnvironment(
                                        env, http, HashtagBudget.fromArchive(store, java.time.Clock.systemUTC())),
                                InstagramConnector.fromEnvironment(env, http).missingSetting())),
                this::pseudonymiser);
    }

    /** The instances of the registered Mastodon accounts (handles are user@instance). */
    private List<String> mastodonInstances() {
        return new AccountTable(store)
                .list(null, "mastodon", null).stream()
                        .map(a -> a.handle().substring(a.handle().indexOf('@') + 1))
                        .distinct()
                        .sorted()
                        .toList();
    }

    /** Runs the demo scenario in this workspace. */
    public DemoReport demo(DemoSettings settings, DemoListener listener) {
        var demo = new Demo(
                simulator(), datasets(false), kpis(), rankings(), new DemoExports(workspace.exports()), publisher());
        return demo.run(settings, workspace.simulated(), workspace.store(), listener);
    }

    private Pseudonymiser pseudonymiser() {
        if (pseudonymiser == null) {
            pseudonymiser = new Pseudonymiser(pseudonymKey());
        }
        return pseudonymiser;
    }

    /** The workspace's pseudonym key, read (or created) on first need. */
    private byte[] pseudonymKey() {
        if (pseudonymKey == null) {
            pseudonymKey = Pseudonymiser.key(env, workspace.pseudonymKeyFile());
        }
        return pseudonymKey;
    }

    @Override
    public void close() {
        store.close();
    }
}
