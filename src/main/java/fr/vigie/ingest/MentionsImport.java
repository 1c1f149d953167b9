package fr.vigie.ingest;

import fr.vigie.format.RowRejected;
import fr.vigie.format.SourceRow;
import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.ImportTarget;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * mentions.csv: network, post_id, from_account (a registered account), to_handle, kind (mention,
 * repost, reply), published_at, simulated. A to_handle of a registered account is stored lower case
 * without @; any other handle may be a citizen's and is stored as its keyed pseudonym.
 */
final class MentionsImport implements EntityImport {
    private static final Set<String> KINDS = Set.of("mention", "repost", "reply");

    private final AccountDirectory accounts;
    private final Supplier<Pseudonymiser> pseudonymiser;

    MentionsImport(AccountDirectory accounts, Supplier<Pseudonymiser> pseudonymiser) {
        this.accounts = accounts;
        this.pseudonymiser = pseudonymiser;
    }

    @Override
    public ImportTarget target() {
        return ImportTarget.MENTION;
    }

    @Override
    public List<String> requiredFields() {
        return List.of("network", "post_id", "from_account", "to_handle", "kind", "published_at");
    }

    @Override
    public void stage(SourceRow row, RowWriter staging) {
        String network = RowFields.network(row);
        String postId = RowFields.required(row, "post_id");
        String from = RowFields.account(row, "from_account", network, accounts);
        String handle = AccountDirectory.normaliseHandle(RowFields.required(row, "to_handle"));
        if (handle.isEmpty()) {
            throw new RowRejected("to_handle", "missing value");
        }
        String to = accounts.resolve(network, handle).isPresent()
                ? handle
                : pseudonymiser.get().pseudonym(network, handle);
        String kind = RowFields.oneOf(row, "kind", KINDS);
        Instant publishedAt = RowFields.time(row, "published_at");
        boolean simulated = RowFields.flag(row, "simulated");
        staging.beginRow(row.line());
        staging.text(network);
        staging.text(postId);
        staging.text(from);
        staging.text(to);
        staging.text(kind);
        staging.time(publishedAt);
        staging.flag(simulated);
        staging.endRow();
    }
}
