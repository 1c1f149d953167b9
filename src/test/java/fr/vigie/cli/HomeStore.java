package fr.vigie.cli;

import fr.vigie.store.AccountStoreFixture;
import fr.vigie.store.KpiFixtures;
import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.nio.file.Path;

/** The store file of a test's vigie home, filled before the commands run and closed again. */
final class HomeStore {
    private HomeStore() {}

    /** Where vigie keeps the store of a home: home/vigie.duckdb. */
    static Path file(Path home) {
        return home.resolve("vigie.duckdb");
    }

    /** Runs these SQL statements (see {@link KpiFixtures#execute}) on the home's store. */
    static void fill(Path home, String sql) {
        try (Store store = Store.open(file(home))) {
            KpiFixtures.execute(store, sql);
        }
    }

    /** Registers Marseille (13055) with one account per network/handle pair, e.g. "bluesky", "marseille.fr". */
    static void marseille(Path home, String... networksAndHandles) {
        try (Store store = Store.open(file(home))) {
            AccountStoreFixture.seedTerritories(store, "13055", "Marseille");
            for (int i = 0; i < networksAndHandles.length; i += 2) {
                StoreInspection.addAccount(store, "13055", networksAndHandles[i], null, networksAndHandles[i + 1]);
            }
        }
    }
}
