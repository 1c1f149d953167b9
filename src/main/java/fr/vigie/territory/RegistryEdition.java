package fr.vigie.territory;

/**
 * Which official data a registry comes from.
 *
 * @param cogYear year of the Code officiel géographique (the map of communes in force)
 * @param populationMillesime year of the populations légales (in force on 1 January of cogYear)
 * @param source the package and version the data was taken from
 * @param licence the licence of the data
 */
public record RegistryEdition(int cogYear, int populationMillesime, String source, String licence) {
    public static final String ETALAB_LICENCE =
            "Licence Ouverte 2.0 (Etalab) for the data; MIT for the @etalab/decoupage-administratif package";
}
