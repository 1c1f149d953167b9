package fr.vigie.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.VigieException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryFileTest {
    private final OfficialRegistry registry = OfficialData.read(Fixtures.etalabMini(), 2026, 2023);

    @Test
    void readsBackExactlyWhatItWrote(@TempDir Path dir) {
        Path file = dir.resolve("registry-2026.csv.gz");
        RegistryFile.write(registry, file);
        assertThat(RegistryFile.propertiesOf(file))
                .hasFileName("registry-2026.properties")
                .exists();
        assertThat(RegistryFile.read(file)).isEqualTo(registry);
    }

    @Test
    void writesTheSameBytesForTheSameRegistry(@TempDir Path dir) throws IOException {
        RegistryFile.write(registry, dir.resolve("a.csv.gz"));
        RegistryFile.write(registry, dir.resolve("b.csv.gz"));
        assertThat(Files.readAllBytes(dir.resolve("a.csv.gz"))).isEqualTo(Files.readAllBytes(dir.resolve("b.csv.gz")));
    }

    @Test
    void namesTheLineOfABadPopulation(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("r.csv.gz");
        RegistryFile.write(registry, file);
        String text = new String(new java.util.zip.GZIPInputStream(Files.newInputStream(file)).readAllBytes())
                .replace("Marseille,886040", "Marseille,many");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> RegistryFile.read(file))
                .isInstanceOf(VigieException.class)
                .hasMessageMatching(".*r\\.csv\\.gz line \\d+: population should be an integer, found many");
    }
}
