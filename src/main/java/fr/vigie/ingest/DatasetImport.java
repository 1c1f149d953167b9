package fr.vigie.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.VigieException;
import fr.vigie.account.AccountRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Imports a dataset folder: every canonical file present, in the order of docs/formats/README.md,
 * so that accounts exist before the rows that refer to them. One failed file does not stop the
 * others.
 */
public final class DatasetImport {
    /** The accounts registry file, imported first by the accounts feature. */
    public static final String ACCOUNTS_FILE = "accounts.csv";

    /** The manifest `vigie simulate` writes; {"simulated": true} labels every imported row simulated. */
    public static final String MANIFEST_FILE = "dataset.json";

    private final Importer importer;
    private final AccountRegistry accounts;

    public DatasetImport(Importer importer, AccountRegistry accounts) {
        this.importer = importer;
        this.accounts = accounts;
    }

    /** Imports one accounts registry file; a file that cannot be read at all is a failed outcome. */
    public FileOutcome importAccounts(Path file) {
        try {
            return new FileOutcome.AccountsImported(accounts.importCsv(file));
        } catch (VigieException e) {
            return new FileOutcome.Failed(file.toString(), e.getMessage());
        }
    }

    /** Imports the folder's files, telling each outcome as soon as it is known. */
    public List<FileOutcome> importFolder(Path folder, Consumer<FileOutcome> each) {
        if (!Files.isDirectory(folder)) {
            throw new VigieException(folder + ": no such folder; give the folder holding the dataset files");
        }
        boolean simulated = declaredSimulated(folder);
        List<FileOutcome> outcomes = new ArrayList<>();
        Path registry = folder.resolve(ACCOUNTS_FILE);
        if (Files.exists(registry)) {
            outcomes.add(importAccounts(registry));
            each.accept(outcomes.getLast());
        }
        for (ImportEntity entity : ImportEntity.values()) {
            Path file = folder.resolve(entity.fileName());
            if (Files.exists(file)) {
                outcomes.add(importer.tryImport(entity, file, simulated));
                each.accept(outcomes.getLast());
            }
        }
        return outcomes;
    }

    /** Whether the folder's dataset.json (written by `vigie simulate`) declares the data simulated. */
    static boolean declaredSimulated(Path folder) {
        Path manifest = folder.resolve(MANIFEST_FILE);
        if (!Files.isRegularFile(manifest)) {
            return false;
        }
        try {
            return new ObjectMapper()
                    .readTree(manifest.toFile())
                    .path("simulated")
                    .asBoolean(false);
        } catch (IOException e) {
            throw new VigieException(
                    manifest + ": not a readable JSON manifest (" + e.getMessage() + "); fix or remove it");
        }
    }
}
