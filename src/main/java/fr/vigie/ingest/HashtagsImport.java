package fr.vigie.ingest;

import fr.vigie.format.RowRejected;
import fr.vigie.format.SourceRow;
import fr.vigie.store.ImportTarget;
import java.util.List;

/** territory_hashtags.csv: territory_code, tag (with or without #, stored lower case), simulated. */
final class HashtagsImport implements EntityImport {
    @Override
    public ImportTarget target() {
        return ImportTarget.TERRITORY_HASHTAG;
    }

    @Override
    public List<String> requiredFields() {
        return List.of("territory_code", "tag");
    }

    @Override
    public void stage(SourceRow row, RowWriter staging) {
        String territory = RowFields.required(row, "territory_code");
        String tag;
        try {
            tag = Hashtags.normalise(RowFields.required(row, "tag"));
        } catch (IllegalArgumentException e) {
            throw new RowRejected("tag", e.getMessage());
        }
        boolean simulated = RowFields.flag(row, "simulated");
        staging.beginRow(row.line());
        staging.text(territory);
        staging.text(tag);
        staging.flag(simulated);
        staging.endRow();
    }
}
