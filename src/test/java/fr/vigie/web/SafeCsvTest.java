package fr.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafeCsvTest {
    @Test
    void prefixesEveryCellThatCouldStartAFormulaWithAQuote() {
        assertThat(SafeCsv.cell("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(SafeCsv.cell("+33")).isEqualTo("'+33");
        assertThat(SafeCsv.cell("-1")).isEqualTo("'-1");
        assertThat(SafeCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SafeCsv.cell("\tx")).isEqualTo("'\tx");
        assertThat(SafeCsv.cell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(SafeCsv.cell("Marseille")).isEqualTo("Marseille");
        assertThat(SafeCsv.cell("")).isEmpty();
    }

    @Test
    void quotesCellsHoldingCommasQuotesOrLineBreaks() {
        String csv = new SafeCsv()
                .row(List.of("code", "name"))
                .row(Arrays.asList("13055", "Ville \"Marseille\", 13", null))
                .toString();

        assertThat(csv).isEqualTo("code,name\r\n13055,\"Ville \"\"Marseille\"\", 13\",\r\n");
    }
}
