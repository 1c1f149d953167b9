package fr.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Keeps docs/formats true: every example file imports without a single quarantined row. */
class FormatExamplesTest {
    static final Path EXAMPLES = Path.of("docs/formats/examples");

    /** The accounts the examples refer to, as the accounts registry would hold them. */
    static void registerExampleAccounts(Store store) {
        StoreInspection.addAccount(store, "13055", "instagram", "17841400000000001", "marseille");
        StoreInspection.addAccount(store, "13055", "facebook", "100064000000001", "villedemarseille");
        StoreInspection.addAccount(store, "06088", "x", null, "nicecotedazur");
    }

    @ParameterizedTest
    @EnumSource(ImportEntity.class)
    void importsTheExampleFileWithoutQuarantine(ImportEntity entity) {
        Path file = EXAMPLES.resolve(entity.fileName());
        assertThat(file).exists();
        try (Store store = Store.inMemory()) {
            registerExampleAccounts(store);
            var summary = new Importer(store, () -> new Pseudonymiser(new byte[32]), false).importFile(entity, file);
            assertThat(summary.firstQuarantined()).isEmpty();
            assertThat(summary.inserted()).isGreaterThan(0).isEqualTo(summary.read());
            assertThat(StoreInspection.count(
                            store,
                            "SELECT count(*) FROM " + new ImporterTargets().table(entity) + " WHERE NOT simulated"))
                    .isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(ImportEntity.class)
    void everyExampleIsLabelledSimulated(ImportEntity entity) throws Exception {
        try (var lines = Files.lines(EXAMPLES.resolve(entity.fileName()))) {
            assertThat(lines.skip(entity.format() == ImportEntity.Format.CSV ? 1 : 0))
                    .allMatch(line -> line.contains("true"));
        }
    }

    /** The table each entity fills. */
    private static final class ImporterTargets {
        String table(ImportEntity entity) {
            return EntityImport.of(
                            entity,
                            new EntityImport.Context(
                                    () -> new AccountDirectory(java.util.List.of()),
                                    () -> new Pseudonymiser(new byte[32])))
                    .target()
                    .table();
        }
    }
}
