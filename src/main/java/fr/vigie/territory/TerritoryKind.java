package fr.vigie.territory;

import java.util.Arrays;
import java.util.Optional;

/** The levels of French local government that Vigie registers. */
public enum TerritoryKind {
    COMMUNE("commune"),
    /** Intercommunalité à fiscalité propre (CC, CA, CU, métropole), identified by SIREN. */
    EPCI("epci"),
    /** Établissement public territorial of the Grand Paris, identified by SIREN. */
    EPT("ept"),
    DEPARTEMENT("departement"),
    REGION("region"),
    /** Collectivité d'outre-mer (Saint-Pierre-et-Miquelon, Polynésie française, …). */
    COM("com");

    private final String id;

    TerritoryKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<TerritoryKind> parse(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
