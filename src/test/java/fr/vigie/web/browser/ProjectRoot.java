package fr.vigie.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;

/** The folder holding pom.xml, found from the working directory whatever folder Maven or an IDE starts in. */
final class ProjectRoot {
    private ProjectRoot() {}

    static Path path() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("src"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no pom.xml above " + Path.of("").toAbsolutePath());
    }
}
