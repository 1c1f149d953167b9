package fr.vigie.territory;

import fr.vigie.VigieException;
import fr.vigie.store.CategoryTable;
import fr.vigie.store.Store;
import fr.vigie.store.TerritoryTable;
import fr.vigie.store.TerritoryTable.TerritoryRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The registry of territories held in the store: loads the official data (the registry shipped in
 * the jar on first use, or a newer one imported), finds and searches territories, and gives their
 * parents, children, categories and accounts.
 */
public final class TerritoryRegistry {
    private final Store store;
    private final TerritoryTable territories;

    public TerritoryRegistry(Store store) {
        this.store = store;
        this.territories = new TerritoryTable(store);
    }

    /** {@link #ensureLoaded(Path)} with the built-in categories. */
    public boolean ensureLoaded() {
        return ensureLoaded(null);
    }

    /**
     * Loads the category rules (from the override file when not null) and, when the store has no
     * territory yet, the registry shipped in the jar. Returns whether the registry was loaded now.
     */
    public boolean ensureLoaded(@Nullable Path categoriesOverride) {
        Categories.load(store, categoriesOverride);
        if (territories.count() > 0) {
            return false;
        }
        replace(RegistryFile.shipped());
        return true;
    }

    /** Replaces every territory of the store by those of this registry, in one transaction. */
    public Map<TerritoryKind, Long> replace(OfficialRegistry registry) {
        territories.replaceAll(
                registry.territories().stream().map(TerritoryRows::row).toList());
        return counts();
    }

    public Map<TerritoryKind, Long> counts() {
        return TerritoryRows.countsByKind(territories.countsByKind());
    }

    /** {@link #search(String, TerritoryKind, int)} across every kind. */
    public List<Territory> search(String query, int limit) {
        return search(query, null, limit);
    }

    /**
     * Territories matching a code (Vigie code, INSEE code, SIREN, postal code) first, then by name,
     * ignoring case, accents and punctuation: equal names, then names starting with the query, then
     * names containing it; larger populations first within each group.
     */
    public List<Territory> search(String query, @Nullable TerritoryKind kind, int limit) {
        if (limit < 1) {
            throw new VigieException("the limit of a search should be at least 1, got " + limit);
        }
        return territories(territories.search(
                TerritoryCodes.normalise(query), SearchKey.of(query), kind == null ? null : kind.id(), limit));
    }

    /** The territory with exactly this Vigie code (case and surrounding spaces ignored). */
    public Optional<Territory> find(String code) {
        return territories.find(TerritoryCodes.normalise(code)).map(TerritoryRows::territory);
    }

    /**
     * The territory a person means by a code: a Vigie code, or a bare département or région code
     * ("13" is DEP-13) when only one of them exists; otherwise a message saying what to type.
     */
    public Territory resolve(String typed) {
        List<Territory> found = territories(territories.findAll(TerritoryCodes.candidates(typed)));
        if (found.size() == 1
                || (!found.isEmpty() && found.getFirst().code().equals(TerritoryCodes.normalise(typed)))) {
            return found.getFirst();
        }
        if (found.isEmpty()) {
            throw new VigieException("no territory has code '" + typed.strip()
                    + "': find it with `vigie territories search <name or postal code>`");
        }
        throw new VigieException("'" + typed.strip() + "' is ambiguous: "
                + String.join(
                        " or ",
                        found.stream()
                                .map(t -> t.code() + " (" + t.kind().id() + " " + t.name() + ")")
                                .toList()));
    }

    /** The parents of a territory that the registry holds: EPCI, EPT, département, région (or COM). */
    public List<Territory> parents(Territory territory) {
        List<String> codes = new ArrayList<>();
        for (String code : new String[] {
            territory.epciCode(), territory.eptCode(), territory.departementCode(), territory.regionCode()
        }) {
            if (code != null && !codes.contains(code) && !code.equals(territory.code())) {
                codes.add(code);
            }
        }
        return territories(territories.findAll(codes));
    }

    /** Every territory of a kind, by code. */
    public List<Territory> ofKind(TerritoryKind kind) {
        return territories(territories.ofKind(kind.id()));
    }

    /** The territories of a kind within this one (communes of an EPCI, départements of a région…). */
    public List<Territory> children(String code, TerritoryKind kind) {
        return territories(territories.children(TerritoryCodes.normalise(code), kind.id()));
    }

    public Optional<CategoryRule> category(String code) {
        return new CategoryTable(store).ruleOf(TerritoryCodes.normalise(code)).map(TerritoryRows::rule);
    }

    public List<TerritoryAccount> accounts(String code) {
        return territories.accounts(TerritoryCodes.normalise(code)).stream()
                .map(TerritoryRows::account)
                .toList();
    }

    /** Everything `vigie territories show` prints about the territory a person means by a code. */
    public TerritoryCard card(String typed) {
        Territory territory = resolve(typed);
        long communes = territory.kind() == TerritoryKind.COMMUNE
                ? 0
                : territories.countChildren(territory.code(), TerritoryKind.COMMUNE.id());
        return new TerritoryCard(
                territory,
                category(territory.code()).orElse(null),
                parents(territory),
                communes,
                accounts(territory.code()));
    }

    private static List<Territory> territories(List<TerritoryRow> rows) {
        return rows.stream().map(TerritoryRows::territory).toList();
    }
}
