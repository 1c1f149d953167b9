package fr.vigie.config;

import fr.vigie.VigieException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Settings and secrets (API keys, tokens, base URLs): the environment first, then the file named by
 * {@code VIGIE_SECRETS_FILE}, else {@code <home>/secrets.properties} when it exists (Java properties,
 * {@code VIGIE_YOUTUBE_API_KEY=…}). Values are never printed; a missing one is named by the
 * component that needs it.
 */
public final class Settings {
    /** Environment variable naming the secrets file. */
    public static final String FILE_SETTING = "VIGIE_SECRETS_FILE";

    public static final String DEFAULT_FILE = "secrets.properties";

    private Settings() {}

    /** The environment, completed by the secrets file's entries it does not define. */
    public static Map<String, String> load(Map<String, String> env, Path home) {
        String named = env.get(FILE_SETTING);
        Path file = named != null && !named.isBlank() ? Path.of(named.strip()) : home.resolve(DEFAULT_FILE);
        if (!Files.exists(file)) {
            if (named != null && !named.isBlank()) {
                throw new VigieException(FILE_SETTING + " names " + file + ", which does not exist");
            }
            return Map.copyOf(env);
        }
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            // the message never quotes the file's content: it holds secrets
            throw new VigieException("cannot read the secrets file " + file + " ("
                    + e.getClass().getSimpleName() + "); it must be Java properties: NAME=value, one a line");
        }
        Map<String, String> merged = new HashMap<>();
        properties
                .stringPropertyNames()
                .forEach(name -> merged.put(name, properties.getProperty(name).strip()));
        merged.putAll(env);
        return Map.copyOf(merged);
    }
}
