package fr.vigie.territory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** The hand-written etalab-shaped data folder of the tests (11 communes over 4 départements and a COM). */
public final class Fixtures {
    private Fixtures() {}

    public static Path etalabMini() {
        try {
            return Path.of(Objects.requireNonNull(Fixtures.class.getResource("/territory/etalab-mini"))
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the fixture folder in which one file is replaced by the given JSON. */
    public static Path etalabMiniWith(Path dir, String file, String json) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (var files = Files.list(etalabMini())) {
            for (Path source : files.toList()) {
                Files.copy(source, data.resolve(source.getFileName().toString()));
            }
        }
        Files.writeString(data.resolve(file), json);
        return data;
    }
}
