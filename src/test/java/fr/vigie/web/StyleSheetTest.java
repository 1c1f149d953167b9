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
        // a rule opens a block inside an at-rule (@media…) only; a rule inside a rule means a lost '}'
        java.util.Deque<Boolean> atRules = new java.util.ArrayDeque<>();
        int preludeStart = 0;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '{') {
                boolean atRule = css.substring(preludeStart, i).strip().startsWith("@");
                assertThat(atRules.isEmpty() || atRules.peek())
                        .as("block opened at %d inside a rule", i)
                        .isTrue();
                atRules.push(atRule);
                preludeStart = i + 1;
            } else if (c == '}') {
                assertThat(atRules).as("'}' at %d closes nothing", i).isNotEmpty();
                atRules.pop();
                preludeStart = i + 1;
            } else if (c == ';' && (atRules.isEmpty() || atRules.peek())) {
                preludeStart = i + 1;
            }
        }
        int depth = atRules.size();
        assertThat(depth).isZero();
    }
}
