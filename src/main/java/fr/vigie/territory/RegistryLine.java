package fr.vigie.territory;

import fr.vigie.VigieException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/** One line of the registry file: a territory as text columns (empty means null) and back. */
final class RegistryLine {
    private RegistryLine() {}

    static List<String> values(Territory t) {
        return List.of(
                t.code(),
                t.kind().id(),
                text(t.epciType()),
                t.name(),
                t.population() == null ? "" : String.valueOf(t.population()),
                text(t.zone()),
                text(t.epciCode()),
                text(t.eptCode()),
                text(t.departementCode()),
                text(t.regionCode()),
                text(t.siren()),
                String.join(" ", t.postalCodes()));
    }

    static Territory territory(CSVRecord record, RegistryEdition edition, String file) {
        String where = file + " line " + (record.getRecordNumber() + 1);
        if (record.size() != RegistryFile.COLUMNS.size()) {
            throw new VigieException(
                    where + ": expected " + RegistryFile.COLUMNS.size() + " columns, found " + record.size());
        }
        TerritoryKind kind = TerritoryKind.parse(record.get("kind"))
                .orElseThrow(() -> new VigieException(where + ": unknown kind '" + record.get("kind") + "'"));
        Long population;
        try {
            population = record.get("population").isEmpty() ? null : Long.valueOf(record.get("population"));
        } catch (NumberFormatException e) {
            throw new VigieException(where + ": population should be an integer, found " + record.get("population"), e);
        }
        String postal = record.get("postal_codes");
        return new Territory(
                record.get("code"),
                kind,
                nullable(record.get("epci_type")),
                record.get("name"),
                population,
                edition.populationMillesime(),
                edition.cogYear(),
                nullable(record.get("zone")),
                nullable(record.get("epci_code")),
                nullable(record.get("ept_code")),
                nullable(record.get("departement_code")),
                nullable(record.get("region_code")),
                nullable(record.get("siren")),
                postal.isEmpty() ? List.of() : Arrays.asList(postal.split(" ")));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable String nullable(String value) {
        return value.isEmpty() ? null : value;
    }
}
