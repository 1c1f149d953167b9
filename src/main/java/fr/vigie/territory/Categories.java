package fr.vigie.territory;

import fr.vigie.VigieException;
import fr.vigie.store.CategoryTable;
import fr.vigie.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The categories (strata) territories are ranked in. They come from one editable CSV file: the one
 * shipped in the jar (/territory/categories.csv), or {@code <home>/categories.csv} when it exists.
 * Loading replaces the rules of the store; the view territory_category then classifies every
 * territory by the first matching rule.
 */
public final class Categories {
    /** Name of the override file in the workspace home. */
    public static final String FILE_NAME = "categories.csv";

    private static final String BUILT_IN = "/territory/categories.csv";

    private Categories() {}

    /** {@code <home>/categories.csv} when it exists, else null (the built-in file applies). */
    public static @Nullable Path overrideIn(Path home) {
        Path file = home.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? file : null;
    }

    /** Loads the rules of the override file, or the built-in ones when it is null, into the store. */
    public static List<CategoryRule> load(Store store, @Nullable Path override) {
        List<CategoryRule> rules = override == null ? builtIn() : read(override);
        new CategoryTable(store)
                .replaceAll(rules.stream().map(TerritoryRows::row).toList());
        return rules;
    }

    public static List<CategoryRule> builtIn() {
        try (InputStream in = Categories.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the build lacks " + BUILT_IN);
            }
            return CategoryFile.parse(new InputStreamReader(in, StandardCharsets.UTF_8), BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILT_IN + ": " + e.getMessage(), e);
        }
    }

    public static List<CategoryRule> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CategoryFile.parse(in, file.toString());
        } catch (IOException e) {
            throw new VigieException("cannot read the categories file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every category with its number of territories, in the order of the file. */
    public static List<CategoryCount> counts(Store store) {
        return new CategoryTable(store)
                .counts().stream().map(TerritoryRows::count).toList();
    }

    /** Territories that no rule classifies (0 with the built-in rules). */
    public static long uncategorised(Store store) {
        return new CategoryTable(store).uncategorised();
    }
}
