package fr.vigie.collect;

import java.util.List;
import java.util.Map;

/** The outcome of every (network, hashtag) of one run, and networks skipped for a missing setting. */
public record HashtagReport(List<TagOutcome> tags, Map<String, String> skippedNetworks) {
    public HashtagReport {
        tags = List.copyOf(tags);
        skippedNetworks = Map.copyOf(skippedNetworks);
    }

    public int failedCount() {
        return (int) tags.stream().filter(t -> t instanceof TagOutcome.Failed).count();
    }

    public boolean anyFailed() {
        return failedCount() > 0;
    }
}
