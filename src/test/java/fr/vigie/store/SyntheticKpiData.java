package fr.vigie.store;

/**
 * Fills a store with a synthetic year of activity generated in SQL (generate_series and hash-based
 * pseudo-random values), for benchmarks: territories, accounts on every network, one snapshot a
 * day per account (followers and following), posts spread over the year and two metric
 * observations per post, a citizen's comment under one post in four (half of them answered in
 * thread within a day), and one citizen's post under a territory hashtag per ten posts, for the
 * half of the territories that have hashtags. Every row is simulated.
 */
public final class SyntheticKpiData {
    private static final String NETWORKS =
            "['facebook', 'instagram', 'x', 'youtube', 'linkedin', 'tiktok', 'bluesky', 'mastodon', 'threads']";

    private SyntheticKpiData() {}

    /**
     * @param accounts number of accounts (territories: about one for 2.5 accounts)
     * @param posts number of posts in the year, each with two metric observations
     * @param year calendar year of the data (UTC)
     * @param batches number of insert statements the posts and metrics are split into
     */
    public static void fill(Store store, long accounts, long posts, int year, int batches) {
        long territories = Math.max(1, accounts * 2 / 5);
        String start = "TIMESTAMP '" + year + "-01-01 00:00:00'";
        store.execute("INSERT INTO territory (code, kind, name, population, population_millesime, cog_year)"
                + " SELECT 'T' || i, 'commune', 'Territoire ' || i, 200 + hash(i, 'pop') % 900000, 2022, " + year
                + " FROM range(" + territories + ") t(i)");
        store.execute(
                "INSERT INTO account (account_id, territory_code, network, handle, role, status, source, simulated)"
                        + " SELECT net || ':' || i, 'T' || (i % " + territories + "), net, 'h' || i,"
                        + " CASE WHEN hash(i, 'role') % 10 = 0 THEN 'thematic' ELSE 'official' END, 'active', 'bench', true"
                        + " FROM (SELECT i, " + NETWORKS + "[1 + i % 9] AS net FROM range(" + accounts + ") t(i))");
        store.execute("INSERT INTO account_snapshot (account_id, observed_at, followers, following, source, simulated)"
                + " SELECT a.account_id, " + start + " + INTERVAL 20 HOUR + d * INTERVAL 1 DAY,"
                + " 100 + hash(a.account_id) % 200000 + d * (hash(a.account_id, 'g') % 50)::BIGINT,"
                + " hash(a.account_id, 'f') % 3000, 'bench', true"
                + " FROM account a, range(365) r(d)");
        long perBatch = (posts + batches - 1) / batches;
        for (long from = 0; from < posts; from += perBatch) {
            long to = Math.min(posts, from + perBatch);
            String range = "range(" + from + ", " + to + ") t(i)";
            String postRows = "SELECT i, k, " + NETWORKS + "[1 + k % 9] AS net, " + start
                    + " + (hash(i, 't') % (365 * 86400))::BIGINT * INTERVAL 1 SECOND AS published_at"
                    + " FROM (SELECT i, (hash(i, 'a') % " + accounts + ")::BIGINT AS k FROM " + range + ")";
            store.execute("INSERT INTO post (network, post_id, account_id, published_at, type, source, simulated)"
                    + " SELECT net, 'p' || i, net || ':' || k, published_at, 'photo', 'bench', true FROM ("
                    + postRows + ")");
            store.execute("INSERT INTO post_metric (network, post_id, observed_at, likes, comments, shares, quotes,"
                    + " saves, views, source, simulated)"
                    + " SELECT net, 'p' || i, published_at + CASE WHEN o = 0 THEN INTERVAL 1 HOUR ELSE INTERVAL 3 DAY END,"
                    + " hash(i, o, 'l') % (200 + 300 * o), hash(i, o, 'c') % (20 + 30 * o),"
                    + " CASE WHEN net = 'facebook' AND hash(i, 's') % 3 = 0 THEN NULL ELSE hash(i, o, 's') % 15 END,"
                    + " NULL, hash(i, o, 'v') % 10, hash(i, o, 'w') % 5000, 'bench', true"
                    + " FROM (" + postRows + "), range(2) r(o)");
            String commented =
                    "SELECT i, net, published_at + (hash(i, 'cd') % 172800)::BIGINT * INTERVAL 1 SECOND AS commented_at"
                            + " FROM (" + postRows + ") WHERE hash(i, 'q') % 4 = 0";
            store.execute("INSERT INTO comment (network, comment_id, post_id, parent_comment_id, author_pseudonym,"
                    + " from_account, published_at, source, simulated)"
                    + " SELECT net, 'c' || i, 'p' || i, NULL, 'u' || (hash(i, 'u') % 100000), false, commented_at, 'bench', true"
                    + " FROM (" + commented + ")");
            store.execute("INSERT INTO comment (network, comment_id, post_id, parent_comment_id, author_pseudonym,"
                    + " from_account, published_at, source, simulated)"
                    + " SELECT net, 'r' || i, 'p' || i, 'c' || i, 'account', true,"
                    + " commented_at + (60 + hash(i, 'rd') % 86400)::BIGINT * INTERVAL 1 SECOND, 'bench', true"
                    + " FROM (" + commented + ") WHERE hash(i, 'a2') % 2 = 0");
        }
        store.execute("INSERT INTO territory_hashtag (territory_code, tag, source, simulated)"
                + " SELECT 'T' || i, 'territoire' || i, 'bench', true FROM range(0, " + territories + ", 2) t(i)");
        store.execute("INSERT INTO citizen_post (network, post_id, territory_code, author_pseudonym, published_at,"
                + " source, simulated)"
                + " SELECT " + NETWORKS + "[1 + (hash(j, 'cn') % 9)::BIGINT], 'cp' || j,"
                + " 'T' || ((hash(j, 'ct') % " + Math.max(1, territories / 2)
                + ") * 2), 'u' || (hash(j, 'cu') % 100000),"
                + " " + start + " + (hash(j, 'cw') % (365 * 86400))::BIGINT * INTERVAL 1 SECOND, 'bench', true"
                + " FROM range(" + Math.max(1, posts / 10) + ") t(j)");
        store.execute("CHECKPOINT");
    }
}
