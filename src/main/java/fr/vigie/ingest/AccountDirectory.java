package fr.vigie.ingest;

import fr.vigie.store.ImportTables.AccountKey;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The registered accounts, loaded once per import, resolving a data row's {@code network} +
 * {@code account}: the platform id first (exact), then the handle (lower case, without {@code @}).
 */
public final class AccountDirectory {
    private final Map<String, Map<String, String>> byPlatformId = new HashMap<>();
    private final Map<String, Map<String, String>> byHandle = new HashMap<>();

    public AccountDirectory(List<AccountKey> accounts) {
        for (AccountKey account : accounts) {
            if (account.platformId() != null) {
                byPlatformId
                        .computeIfAbsent(account.network(), n -> new HashMap<>())
                        .put(account.platformId(), account.accountId());
            }
            byHandle.computeIfAbsent(account.network(), n -> new HashMap<>())
                    .put(normaliseHandle(account.handle()), account.accountId());
        }
    }

    /** The account id of a reference on a network (a network id such as "x"), if registered. */
    public Optional<String> resolve(String network, String reference) {
        String ref = reference.strip();
        String id = byPlatformId.getOrDefault(network, Map.of()).get(ref);
        if (id == null) {
            id = byHandle.getOrDefault(network, Map.of()).get(normaliseHandle(ref));
        }
        return Optional.ofNullable(id);
    }

    /** A handle as compared and stored in mentions: trimmed, lower case, without leading {@code @}. */
    public static String normaliseHandle(String handle) {
        String h = handle.strip();
        while (h.startsWith("@")) {
            h = h.substring(1);
        }
        return h.toLowerCase(Locale.ROOT);
    }
}
