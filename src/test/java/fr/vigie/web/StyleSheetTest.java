package fr.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StyleSheetTest {
    /** An unclosed block silently voids every rule after it (it happened in a merge). */
    @Test
    void closesEveryBlockOfTheSiteStyleSheet() throws Exception {
        String css = Files.readString(Path.of("src/main/resources/public/css/vigie.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        for (char c : css.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertThat(depth).isBetween(0, 1);
        }
        assertThat(depth).isZero();
    }
}
