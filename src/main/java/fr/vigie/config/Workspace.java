package fr.vigie.config;

import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where Vigie keeps its things: one home folder holding the store, exports and generated datasets.
 * Resolved flag &gt; environment (VIGIE_HOME, VIGIE_STORE) &gt; default {@code ./vigie-data}.
 */
public record Workspace(Path home, Path store) {
    public static final String DEFAULT_HOME = "vigie-data";

    public static Workspace resolve(@Nullable Path homeFlag, @Nullable Path storeFlag, Map<String, String> env) {
        Path home = homeFlag != null
                ? homeFlag
                : env.containsKey("VIGIE_HOME") ? Path.of(env.get("VIGIE_HOME")) : Path.of(DEFAULT_HOME);
        Path store = storeFlag != null
                ? storeFlag
                : env.containsKey("VIGIE_STORE") ? Path.of(env.get("VIGIE_STORE")) : home.resolve("vigie.duckdb");
        return new Workspace(home, store);
    }

    /** Folder of open exports (CSV, JSON) written by rankings and the demo. */
    public Path exports() {
        return home.resolve("exports");
    }

    /** Folder where `vigie simulate` writes datasets by default. */
    public Path simulated() {
        return home.resolve("simulated");
    }

    /** Key file for pseudonymising citizens, created on first use unless VIGIE_PSEUDONYM_KEY is set. */
    public Path pseudonymKeyFile() {
        return home.resolve("pseudonym.key");
    }
}
