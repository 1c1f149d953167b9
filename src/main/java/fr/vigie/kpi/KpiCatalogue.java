package fr.vigie.kpi;

import fr.vigie.VigieException;
import fr.vigie.kpi.Kpi.BetterDirection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The KPIs of methodology {@value #METHODOLOGY_VERSION}, in the order they are listed and computed. */
public final class KpiCatalogue {
    /** Version of docs/methodology.md the definitions below implement; stored with every value. */
    public static final String METHODOLOGY_VERSION = "1.0";

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

    /** Every KPI, in order. */
    public static final List<Kpi> ALL = List.of(
            AUDIENCE,
            AUDIENCE_PER_1000,
            INHABITANTS_PER_FOLLOWER,
            ENGAGEMENT_RATE,
            DAILY_ENGAGEMENT,
            GROWTH,
            WEEKLY_GROWTH,
            POSTS_PER_DAY,
            PRESENCE_BREADTH);

    private KpiCatalogue() {}

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
