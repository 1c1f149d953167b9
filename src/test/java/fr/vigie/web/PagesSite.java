package fr.vigie.web;

import fr.vigie.store.Store;
import fr.vigie.territory.OfficialRegistry;
import fr.vigie.territory.RegistryEdition;
import fr.vigie.territory.Territory;
import fr.vigie.territory.TerritoryKind;
import fr.vigie.territory.TerritoryRegistry;
import java.util.List;

/**
 * The whole site over an in-memory store holding a handful of territories of Alpes-de-Haute-Provence
 * and Bouches-du-Rhône, for the route and browser tests of the search, methodology, accessibility
 * and credits pages.
 */
public final class PagesSite extends RouteClient {
    private PagesSite() {
        super(store(), null);
    }

    private static Store store() {
        Store store = Store.inMemory();
        new TerritoryRegistry(store)
                .replace(new OfficialRegistry(new RegistryEdition(2026, 2023, "test", "test"), territories()));
        return store;
    }

    public static PagesSite start() {
        return new PagesSite();
    }

    static List<Territory> territories() {
        return List.of(
                territory("REG-93", TerritoryKind.REGION, "Provence-Alpes-Côte d'Azur", 5_160_091L, null, List.of()),
                territory(
                        "DEP-04", TerritoryKind.DEPARTEMENT, "Alpes-de-Haute-Provence", 166_654L, "DEP-04", List.of()),
                territory("04070", TerritoryKind.COMMUNE, "Digne-les-Bains", 17_979L, "DEP-04", List.of("04000")),
                territory("04112", TerritoryKind.COMMUNE, "Manosque", 22_593L, "DEP-04", List.of("04100")),
                territory("04001", TerritoryKind.COMMUNE, "Aiglun", 1_402L, "DEP-04", List.of("04510")),
                territory("13055", TerritoryKind.COMMUNE, "Marseille", 877_215L, "DEP-13", List.of("13001", "13002")));
    }

    private static Territory territory(
            String code, TerritoryKind kind, String name, Long population, String departement, List<String> postal) {
        return new Territory(
                code,
                kind,
                null,
                name,
                population,
                2023,
                2026,
                "metro",
                null,
                null,
                departement,
                "REG-93",
                null,
                postal);
    }
}
