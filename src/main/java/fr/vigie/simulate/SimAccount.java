package fr.vigie.simulate;

import fr.vigie.account.Network;
import org.jspecify.annotations.Nullable;

/**
 * An official account drawn by the model, with its starting audience and behaviour.
 *
 * @param key stable identity used to derive its random streams: code, network, role, theme
 * @param following null where the network does not expose it (Facebook pages, YouTube, LinkedIn)
 * @param monthlyGrowth follower growth per month (e.g. 0.01 = +1 %/month)
 * @param responsiveness probability of answering a citizen's question, before the network factor
 */
record SimAccount(
        String key,
        SimTerritory territory,
        Network network,
        String role,
        @Nullable String theme,
        String handle,
        String platformId,
        String displayName,
        String status,
        long followers,
        double monthlyGrowth,
        @Nullable Long following,
        long postsBefore,
        double postsPerDay,
        double responsiveness,
        boolean hidesLikes) {

    NetworkModel model() {
        return NetworkModel.of(network);
    }

    /** Followers after the given number of days of the period (compound monthly growth). */
    double followersAfter(int days) {
        return followers * Math.pow(1 + monthlyGrowth, days / 30.44);
    }
}
