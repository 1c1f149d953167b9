package fr.vigie.ingest;

import fr.vigie.format.RowRejected;
import fr.vigie.format.SourceRow;
import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.ImportTarget;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * How the rows of one entity are validated and staged. {@link #stage} validates every field first
 * and appends only then, so that a rejected row leaves nothing half-staged.
 */
sealed interface EntityImport
        permits HashtagsImport,
                SnapshotsImport,
                PostsImport,
                MetricsImport,
                CommentsImport,
                CitizenPostsImport,
                MentionsImport {

    ImportTarget target();

    /** Columns a CSV header must name; NDJSON rows missing them are quarantined one by one. */
    List<String> requiredFields();

    /** Stages one valid row, or throws {@link RowRejected} naming the field at fault. */
    void stage(SourceRow row, RowWriter staging);

    /**
     * For citizens' content, the only fields of a raw line that the quarantine may keep (their
     * identities never reach the store); null for other entities, whose lines are kept whole.
     */
    default java.util.@Nullable Set<String> publicFields() {
        return null;
    }

    /** The raw line as the quarantine may keep it: whole, or reduced to the public fields (null: withheld). */
    default @Nullable String forQuarantine(String raw) {
        var fields = publicFields();
        return fields == null ? raw : fr.vigie.privacy.PublicFields.keepOnly(raw, fields);
    }

    /** What the importers of one file may need, each built on first use. */
    record Context(Supplier<AccountDirectory> accounts, Supplier<Pseudonymiser> pseudonymiser) {}

    static EntityImport of(ImportEntity entity, Context context) {
        return switch (entity) {
            case HASHTAGS -> new HashtagsImport();
            case SNAPSHOTS -> new SnapshotsImport(context.accounts().get());
            case POSTS -> new PostsImport(context.accounts().get());
            case METRICS -> new MetricsImport();
            case COMMENTS -> new CommentsImport(context.pseudonymiser().get());
            case CITIZEN_POSTS -> new CitizenPostsImport(context.pseudonymiser().get());
            case MENTIONS -> new MentionsImport(context.accounts().get(), context.pseudonymiser());
        };
    }
}
