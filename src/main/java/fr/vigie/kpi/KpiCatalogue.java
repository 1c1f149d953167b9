package fr.vigie.kpi;

import fr.vigie.VigieException;
import fr.vigie.kpi.Kpi.BetterDirection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The KPIs of methodology {@value #METHODOLOGY_VERSION}, in the order they are listed and computed.
 * Version 1.1 added KPIs and kept the definitions of 1.0 unchanged, so the KPIs of an older version
 * ({@link #kpisOf(String)}) can be recomputed and stored under that version's label.
 */
public final class KpiCatalogue {
    /** Version of docs/methodology.md the definitions below implement; stored with every value. */
    public static final String METHODOLOGY_VERSION = "1.1";

    /** Every version this catalogue can reproduce, oldest first. */
    public static final List<String> VERSIONS = List.of("1.0", METHODOLOGY_VERSION);

    public static final Kpi AUDIENCE = new Kpi(
            "audience",
            "Audience",
            "followers",
            BetterDirection.HIGHER,
            "Counts followers at the last snapshot before the end of the period; a territory sums its"
                    + " official accounts. An account not observed during the period keeps its last known value.",
            true);
    public static final Kpi AUDIENCE_PER_1000 = new Kpi(
            "audience-per-1000",
            "Audience per 1,000 inhabitants",
            "followers per 1,000 inhabitants",
            BetterDirection.HIGHER,
            "Divides the territory's audience by its population (millésime stored beside) times 1,000;"
                    + " empty when the population is unknown or zero. Followers need not be residents.",
            false);
    public static final Kpi INHABITANTS_PER_FOLLOWER = new Kpi(
            "inhabitants-per-follower",
            "Inhabitants per follower",
            "inhabitants",
            BetterDirection.LOWER,
            "Divides the territory's population by its audience (the inverse of audience-per-1000, as some"
                    + " studies publish it); empty when either is zero or unknown.",
            false);
    public static final Kpi ENGAGEMENT_RATE = new Kpi(
            "engagement-rate",
            "Engagement rate",
            "%",
            BetterDirection.HIGHER,
            "Divides the interactions of the posts published in the period by their number and by the"
                    + " mean followers over the period, times 100; empty without posts or snapshots. Interactions"
                    + " are those of the latest observation, so recent posts may be undercounted.",
            false);
    public static final Kpi DAILY_ENGAGEMENT = new Kpi(
            "daily-engagement",
            "Daily engagement",
            "%",
            BetterDirection.HIGHER,
            "Averages, over the Paris days that have a follower count, the day's interactions divided by"
                    + " that day's followers, times 100; empty when nothing was posted in the period.",
            false);
    public static final Kpi GROWTH = new Kpi(
            "growth",
            "Audience growth",
            "%",
            BetterDirection.HIGHER,
            "Compares the first and last follower counts observed in the period, in percent of the first;"
                    + " empty with fewer than two snapshots. Depends on when snapshots were taken.",
            false);
    public static final Kpi WEEKLY_GROWTH = new Kpi(
            "weekly-growth",
            "Average weekly growth",
            "% per week",
            BetterDirection.HIGHER,
            "Compounds the growth between the first and last snapshots of the period into an average"
                    + " weekly rate; empty with fewer than two snapshots or a zero start.",
            false);
    public static final Kpi POSTS_PER_DAY = new Kpi(
            "posts-per-day",
            "Posts per day",
            "posts per day",
            BetterDirection.HIGHER,
            "Counts the posts of the 30 days before the end of the period, divided by 30, whatever the"
                    + " period length; more is not always better for citizens.",
            false);
    public static final Kpi PRESENCE_BREADTH = new Kpi(
            "presence-breadth",
            "Breadth of presence",
            "networks",
            BetterDirection.HIGHER,
            "Counts the networks where the territory has an official account with at least one post in"
                    + " the 30 days before the end of the period; thematic accounts do not count.",
            false);

    public static final Kpi RESPONSE_TIME = new Kpi(
            "response-time",
            "Response time",
            "hours",
            BetterDirection.LOWER,
            "Takes the median delay between the citizens' comments of the period and the account's first"
                    + " threaded reply within 7 days; empty when none was answered. Replies posted directly"
                    + " under the post, and reactions, cannot be attributed and do not count.",
            false);
    public static final Kpi SERVICE_LEVEL = new Kpi(
            "service-level",
            "Service level",
            "%",
            BetterDirection.HIGHER,
            "Divides the citizens' comments of the period that got a threaded reply from the account within"
                    + " 7 days by all citizens' comments, times 100; no value without comments. Reactions are"
                    + " not collected, so this is a lower bound.",
            false);
    public static final Kpi PARTICIPATION_PER_1000 = new Kpi(
            "participation-per-1000",
            "Citizen participation per 1,000 inhabitants",
            "citizens' posts per 1,000 inhabitants",
            BetterDirection.HIGHER,
            "Counts the citizens' public posts of the period under the territory's hashtags per 1,000"
                    + " inhabitants; 0 for a territory with hashtags and no post, empty when the population is"
                    + " zero or unknown. Depends on which hashtags are registered and searchable.",
            false);
    public static final Kpi CONTRIBUTORS = new Kpi(
            "contributors",
            "Contributors",
            "citizens",
            BetterDirection.HIGHER,
            "Counts the distinct pseudonymous authors of the citizens' posts of the period under the"
                    + " territory's hashtags, per network ('all' sums them); Instagram's anonymous 'unknown'"
                    + " author does not count.",
            false);
    public static final Kpi VIDEO_SHARE = new Kpi(
            "video-share",
            "Video share",
            "%",
            BetterDirection.HIGHER,
            "Divides the posts of the period of type video, reel or live by all posts, times 100; empty"
                    + " for an observed account that posted nothing. Higher is not a verdict on quality.",
            false);
    public static final Kpi FOLLOWERS_PER_FOLLOWING = new Kpi(
            "followers-per-following",
            "Followers per following",
            "followers per account followed",
            BetterDirection.HIGHER,
            "Divides followers by following at the last snapshot before the end of the period; empty when"
                    + " following is 0 or unknown. A territory pools accounts whose following is known.",
            false);

    /** The KPIs defined by methodology 1.0, unchanged since. */
    public static final List<Kpi> VERSION_1_0 = List.of(
            AUDIENCE,
            AUDIENCE_PER_1000,
            INHABITANTS_PER_FOLLOWER,
            ENGAGEMENT_RATE,
            DAILY_ENGAGEMENT,
            GROWTH,
            WEEKLY_GROWTH,
            POSTS_PER_DAY,
            PRESENCE_BREADTH);

    /** Every KPI of the current version, in order: those of 1.0, then those added by 1.1. */
    public static final List<Kpi> ALL = Stream.concat(
                    VERSION_1_0.stream(),
                    Stream.of(
                            RESPONSE_TIME,
                            SERVICE_LEVEL,
                            PARTICIPATION_PER_1000,
                            CONTRIBUTORS,
                            VIDEO_SHARE,
                            FOLLOWERS_PER_FOLLOWING))
            .toList();

    private KpiCatalogue() {}

    /**
     * The KPIs of a methodology version, whose values stored under that version can be recomputed
     * with today's SQL files (minor versions never change a definition).
     *
     * @throws VigieException for a version this catalogue does not know
     */
    public static List<Kpi> kpisOf(String version) {
        return switch (version.strip()) {
            case "1.0" -> VERSION_1_0;
            case METHODOLOGY_VERSION -> ALL;
            default ->
                throw new VigieException(
                        "unknown methodology version '" + version + "': use one of " + VERSIONS
                                + " (older editions are recomputed from the git tag of their version, see docs/methodology.md)");
        };
    }

    public static Optional<Kpi> find(String id) {
        return ALL.stream().filter(kpi -> kpi.id().equals(id.strip())).findFirst();
    }

    /** The KPI with this id, or a VigieException listing the known ids. */
    public static Kpi byId(String id) {
        return find(id).orElseThrow(() -> new VigieException("unknown KPI '" + id + "': use one of " + ids()));
    }

    public static String ids() {
        return ALL.stream().map(Kpi::id).collect(Collectors.joining(", "));
    }
}
