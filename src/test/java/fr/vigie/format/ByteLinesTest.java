package fr.vigie.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLinesTest {
    @Test
    void splitsOnNewlinesDroppingCarriageReturnsAndKeepsALastLineWithoutNewline() throws IOException {
        assertThat(lines("a\r\nbé\n\n  \nlast")).containsExactly("a", "bé", "", "  ", "last");
    }

    @Test
    void keepsLinesLongerThanItsBufferAndCharactersCutAtTheBufferEdgeWhole() throws IOException {
        String longLine = "é".repeat(70_000) + "€";
        assertThat(lines(longLine + "\nnext\n")).containsExactly(longLine, "next");
    }

    @Test
    void readsNothingFromAnEmptyStream() throws IOException {
        assertThat(lines("")).isEmpty();
    }

    @Test
    void tellsBlankLines() throws IOException {
        var lines = new ByteLines(new ByteArrayInputStream(" \t\r\n{}\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(lines.next()).isTrue();
        assertThat(lines.isBlank()).isTrue();
        assertThat(lines.next()).isTrue();
        assertThat(lines.isBlank()).isFalse();
        assertThat(lines.next()).isFalse();
    }

    private static List<String> lines(String text) throws IOException {
        var lines = new ByteLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        List<String> result = new ArrayList<>();
        while (lines.next()) {
            result.add(new String(lines.bytes(), 0, lines.length(), StandardCharsets.UTF_8));
        }
        return result;
    }
}
