package fr.vigie.ingest.export;

import fr.vigie.VigieException;
import fr.vigie.account.Network;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * What the person importing an export tells about it, the file naming none of it.
 *
 * @param network the network of a Meta export (--network), null to take it from the account or
 *     detect it from the header
 * @param account the file's account (--account network:handle-or-id), used for rows that name none
 * @param observedAt when the export was made: the observation time of its metrics
 * @param zone the time zone of local times in the file (Meta: the Page's; assumed Europe/Paris)
 */
public record ExportSettings(
        @Nullable Network network, @Nullable AccountReference account, Instant observedAt, ZoneId zone) {
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public ExportSettings {
        if (network != null && account != null && account.network() != network) {
            throw new VigieException("--network " + network + " and --account " + account
                    + " disagree: give one network, or drop --network");
        }
    }

    /** The network given by --network or by --account, if any. */
    public @Nullable Network givenNetwork() {
        return network != null ? network : account == null ? null : account.network();
    }

    /** An account named as {@code network:handle-or-id}, e.g. youtube:UCxxxx or instagram:marseille. */
    public record AccountReference(Network network, String reference) {
        public static AccountReference parse(String text) {
            int colon = text.indexOf(':');
            Network network =
                    colon < 0 ? null : Network.parse(text.substring(0, colon)).orElse(null);
            String reference = colon < 0 ? "" : text.substring(colon + 1).strip();
            if (network == null || reference.isEmpty()) {
                throw new VigieException("--account '" + text + "': expected network:handle-or-id (network one of "
                        + Network.ids() + "), e.g. youtube:UC4R8DWoMoI7CAwX8_LjQHig or instagram:marseille");
            }
            return new AccountReference(network, reference);
        }

        @Override
        public String toString() {
            return network.id() + ":" + reference;
        }
    }
}
