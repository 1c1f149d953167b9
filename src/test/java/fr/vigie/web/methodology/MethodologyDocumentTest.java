package fr.vigie.web.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.kpi.KpiCatalogue;
import org.junit.jupiter.api.Test;

class MethodologyDocumentTest {
    private static final String MARKDOWN = """
            # Vigie methodology — version 9

            ## Changelog

            | version | changes |
            |---|---|
            | 9 | everything |

            ## KPIs and `engagement-rate`

            ### A sub-section

            ## Changelog
            """;

    @Test
    void listsEveryLevelTwoHeadingWithTheIdOfItsAnchor() {
        var document = MethodologyDocument.of(MARKDOWN);

        assertThat(document.sections())
                .containsExactly(
                        new MethodologyDocument.Section("changelog", "Changelog"),
                        new MethodologyDocument.Section("kpis-and-engagement-rate", "KPIs and engagement-rate"),
                        new MethodologyDocument.Section("changelog-1", "Changelog"));
        for (var section : document.sections()) {
            assertThat(document.html()).contains("<h2 id=\"" + section.id() + "\">");
        }
        assertThat(document.html()).contains("<h3 id=\"a-sub-section\">");
    }

    @Test
    void dropsTheDocumentTitleBecauseThePageHasItsOwn() {
        assertThat(MethodologyDocument.of(MARKDOWN).html())
                .doesNotContain("<h1")
                .doesNotContain("version 9</");
    }

    @Test
    void wrapsTablesInADsfrBlockThatScrolls() {
        String html = MethodologyDocument.of(MARKDOWN).html();

        assertThat(html)
                .contains("<div class=\"fr-table vigie-table-scroll\"><table tabindex=\"0\">")
                .contains("<th>version</th>")
                .contains("<td>everything</td>")
                .contains("</table></div>");
    }

    @Test
    void rendersTheShippedMethodologyOfTheCurrentVersion() {
        var document = MethodologyDocument.shipped();

        assertThat(document.sections())
                .extracting(MethodologyDocument.Section::title)
                .contains("Changelog", "Palmarès (rankings)", "Versioning policy");
        assertThat(document.html()).contains("<td>" + KpiCatalogue.METHODOLOGY_VERSION + "</td>");
    }
}
