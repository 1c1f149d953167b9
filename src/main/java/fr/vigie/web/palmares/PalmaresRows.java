package fr.vigie.web.palmares;

import fr.vigie.ranking.PublishedPalmares;
import fr.vigie.store.PublishedTable.EditionRow;
import fr.vigie.store.PublishedTable.PlaceRow;
import fr.vigie.web.Texts;
import fr.vigie.web.palmares.PalmaresPage.Row;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of a palmarès page in the visitor's language: rank (=2 when tied), value, rank interval and
 * the movement since the previous published edition, read for the territories of the page only.
 */
final class PalmaresRows {
    private PalmaresRows() {}

    static List<Row> of(PublishedPalmares published, PublishedPalmares.Page page, Texts t) {
        Optional<EditionRow> previous = previousEdition(published.editions(), page.edition());
        List<String> codes = page.places().stream().map(PlaceRow::territoryCode).toList();
        Map<String, Integer> before = previous.isEmpty() || codes.isEmpty()
                ? Map.of()
                : published.ranksIn(previous.get().period(), page, codes);
        return page.places().stream()
                .map(place -> row(place, previous.isPresent(), before.get(place.territoryCode()), t))
                .toList();
    }

    /** The published edition just before this one, under the same methodology. */
    static Optional<EditionRow> previousEdition(List<EditionRow> newestFirst, EditionRow edition) {
        return newestFirst.stream()
                .filter(e -> e.period().compareTo(edition.period()) < 0)
                .findFirst();
    }

    private static Row row(PlaceRow place, boolean hasPrevious, Integer rankBefore, Texts t) {
        String symbol;
        String words;
        if (!hasPrevious) {
            symbol = "";
            words = "";
        } else if (rankBefore == null) {
            symbol = "";
            words = t.get("palmares.movement.new");
        } else if (rankBefore > place.rank()) {
            symbol = "▲ " + (rankBefore - place.rank());
            words = t.format("palmares.movement.up", rankBefore - place.rank());
        } else if (rankBefore < place.rank()) {
            symbol = "▼ " + (place.rank() - rankBefore);
            words = t.format("palmares.movement.down", place.rank() - rankBefore);
        } else {
            symbol = "=";
            words = t.get("palmares.movement.same");
        }
        return new Row(
                (place.tied() ? "=" : "") + place.rank(),
                place.territoryCode(),
                place.name(),
                place.population() == null ? "—" : t.number(place.population(), 0),
                place.value() == null ? "—" : t.number(place.value(), 2),
                interval(place),
                symbol,
                words);
    }

    private static String interval(PlaceRow place) {
        if (place.rankLow() == null || place.rankHigh() == null) {
            return "";
        }
        return place.rankLow().equals(place.rankHigh())
                ? String.valueOf(place.rankLow())
                : place.rankLow() + "–" + place.rankHigh();
    }
}
