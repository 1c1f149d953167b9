package fr.vigie.ingest;

import fr.vigie.format.SourceRow;
import fr.vigie.store.ImportTarget;
import java.time.Instant;
import java.util.List;

/** post_metrics.csv: network, post_id, observed_at, likes, comments, shares, quotes, saves, views, simulated. */
final class MetricsImport implements EntityImport {
    private static final List<String> COUNTS = List.of("likes", "comments", "shares", "quotes", "saves", "views");

    @Override
    public ImportTarget target() {
        return ImportTarget.POST_METRIC;
    }

    @Override
    public List<String> requiredFields() {
        return List.of("network", "post_id", "observed_at");
    }

    @Override
    public void stage(SourceRow row, RowWriter staging) {
        String network = RowFields.network(row);
        String postId = RowFields.required(row, "post_id");
        Instant observedAt = RowFields.time(row, "observed_at");
        Long[] counts = new Long[COUNTS.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = RowFields.count(row, COUNTS.get(i));
        }
        boolean simulated = RowFields.flag(row, "simulated");
        staging.beginRow(row.line());
        staging.text(network);
        staging.text(postId);
        staging.time(observedAt);
        for (Long count : counts) {
            staging.count(count);
        }
        staging.flag(simulated);
        staging.endRow();
    }
}
