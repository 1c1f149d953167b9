package fr.vigie.simulate;

import fr.vigie.account.Network;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Citizens' public posts under a territory's hashtags. Rate per day = {@value #BASE_RATE} ×
 * (population / 1,000)^0.6, ×6 for touristic places, ×1.5 for places running thematic accounts,
 * ×0.3 for intercommunalities. Authors come from a pool where a few contributors post most (weight
 * 1/rank): the future "ambassadors". Each contributor keeps one network and a quality factor.
 */
final class CitizenPosts {
    static final double BASE_RATE = 0.04;
    /** Network of a contributor, in {@link Network} order. */
    private static final double[] NETWORKS = {5, 60, 10, 0, 0, 10, 8, 4, 3};

    private record Contributor(Network network, String authorId, double quality) {}

    private final RunContext context;

    CitizenPosts(RunContext context) {
        this.context = context;
    }

    static double postsPerDay(SimTerritory territory) {
        double kind = switch (territory.place().kind()) {
            case "epci", "ept" -> 0.3;
            default -> 1;
        };
        return BASE_RATE
                * Math.pow(territory.population() / 1000.0, 0.6)
                * (territory.touristic() ? 6 : 1)
                * (territory.profile().thematic() ? 1.5 : 1)
                * kind;
    }

    void write(SimTerritory territory, List<String> hashtags) {
        if (hashtags.isEmpty()) {
            return;
        }
        SplittableRandom random = Seeds.random(context.seed(), "citizens", territory.code());
        double rate = postsPerDay(territory);
        int pool = (int) Math.max(6, Math.round(rate * context.days() / 5));
        Map<Integer, Contributor> contributors = new HashMap<>();
        for (int day = 0; day < context.days(); day++) {
            LocalDate date = context.firstDay().plusDays(day);
            int count = (int) Draws.poisson(random, rate * Rhythm.citizenDay(date));
            if (count == 0) {
                continue;
            }
            int[] seconds = new int[count];
            for (int i = 0; i < count; i++) {
                seconds[i] = Rhythm.citizenSecondOfDay(random);
            }
            Arrays.sort(seconds);
            Instant midnight = context.midnight(day);
            for (int second : seconds) {
                int rank = Draws.fewDominate(random, pool);
                var author = contributors.computeIfAbsent(rank, r -> contributor(territory, r));
                write(territory, hashtags, author, midnight.plusSeconds(second), random);
            }
        }
    }

    private Contributor contributor(SimTerritory territory, int rank) {
        var random = Seeds.random(context.seed(), "contributor", territory.code(), Integer.toString(rank));
        Network network = Network.values()[Draws.weighted(random, NETWORKS)];
        return new Contributor(network, PlatformIds.account(network, random), Draws.logNormal(random, 1, 0.7));
    }

    private void write(
            SimTerritory territory, List<String> hashtags, Contributor author, Instant at, SplittableRandom random) {
        Network network = author.network();
        String tag = hashtags.get(random.nextDouble() < 0.6 ? 0 : random.nextInt(hashtags.size()));
        String topical = FrenchTexts.CITIZEN_TAGS[random.nextInt(FrenchTexts.CITIZEN_TAGS.length)];
        String text = FrenchTexts.citizenPost(territory.place().name(), random) + " #" + tag + " #" + topical;
        String type = switch (network) {
            case TIKTOK -> "video";
            case INSTAGRAM -> random.nextDouble() < 0.7 ? "photo" : "reel";
            case X, BLUESKY, THREADS -> random.nextDouble() < 0.7 ? "photo" : "text";
            default -> "photo";
        };
        long likes = Math.round(Draws.logNormal(random, 10 * author.quality(), 1.1));
        Long shares = network == Network.INSTAGRAM ? null : Draws.poisson(random, likes * 0.05);
        context.files()
                .write(
                        DatasetFile.CITIZEN_POSTS,
                        new JsonLine()
                                .field("network", network.id())
                                .field("post_id", PlatformIds.item(network, author.authorId(), at, random))
                                .field("territory_code", territory.code())
                                .field("author_id", author.authorId())
                                .field("published_at", Timestamps.iso(at))
                                .field("type", type)
                                .field("text", text)
                                .field("hashtags", List.of(tag, topical))
                                .field("likes", (Long) likes)
                                .field("comments", (Long) Draws.poisson(random, likes * 0.06))
                                .field("shares", shares)
                                .simulated());
    }
}
