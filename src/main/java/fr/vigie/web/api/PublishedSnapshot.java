package fr.vigie.web.api;

import fr.vigie.ranking.Category;
import fr.vigie.store.PublishedTable.EditionRow;
import java.util.List;
import java.util.Optional;

/**
 * What the API knows of the published editions and categories without asking the store: enough to
 * name the edition of a request and compute its ETag before any query.
 */
record PublishedSnapshot(List<EditionRow> editions, List<Category> categories, long loadedAtNanos) {
    PublishedSnapshot {
        editions = List.copyOf(editions);
        categories = List.copyOf(categories);
    }

    Optional<EditionRow> edition(String period) {
        return editions.stream().filter(e -> e.period().equals(period)).findFirst();
    }

    Optional<EditionRow> latest() {
        return editions.stream().findFirst();
    }

    /** Changes whenever an edition is published or republished. */
    String fingerprint() {
        var text = new StringBuilder();
        editions.forEach(e -> text.append(e.period())
                .append('|')
                .append(e.methodologyVersion())
                .append('|')
                .append(e.publishedAt())
                .append(';'));
        return text.toString();
    }
}
