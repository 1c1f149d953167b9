package fr.vigie.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.web.PagesSite;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class SearchRoutesTest {
    @AutoClose
    private static final PagesSite site = PagesSite.start();

    private static String search(String query, String... headers) throws Exception {
        var response = site.get("/recherche?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), headers);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void showsOnlyTheFormWithALabelWhenThereIsNoQuery() throws Exception {
        var response = site.get("/recherche");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("<html lang=\"fr\"")
                .contains("<label class=\"fr-label\" for=\"search-query\">")
                .contains("type=\"search\" id=\"search-query\" name=\"q\"")
                .contains("role=\"search\"")
                .doesNotContain("<table")
                .doesNotContain("id=\"search-status\"")
                .doesNotContain("??");
        assertThat(site.get("/recherche?q=%20%20").body()).doesNotContain("id=\"search-status\"");
    }

    @Test
    void findsACommuneByNameIgnoringAccentsAndCase() throws Exception {
        String page = search("digne");

        assertThat(page)
                .contains("<a href=\"/territoires/04070\">Digne-les-Bains</a>")
                .contains("<td>Commune</td>")
                .contains("<td>Alpes-de-Haute-Provence</td>")
                .contains("17\u202f979")
                .contains("Un territoire trouvé pour « digne »")
                .doesNotContain("Manosque");
    }

    @Test
    void findsATerritoryByInseeCodeAndByDepartementCode() throws Exception {
        assertThat(search("04112")).contains("/territoires/04112").doesNotContain("/territoires/04070");
        assertThat(search("DEP-04"))
                .contains("<a href=\"/territoires/DEP-04\">Alpes-de-Haute-Provence</a>")
                .contains("<td>Département</td>");
    }

    @Test
    void countsSeveralResultsAndListsTheMostPopulatedFirst() throws Exception {
        String page = search("e");

        assertThat(page).contains("5 territoires trouvés pour « e »");
        assertThat(page.indexOf(">Provence-Alpes-Côte d")).isPositive().isLessThan(page.indexOf(">Marseille<"));
        assertThat(page.indexOf(">Marseille<")).isLessThan(page.indexOf(">Manosque<"));
        assertThat(page.indexOf(">Manosque<")).isLessThan(page.indexOf(">Digne-les-Bains<"));
    }

    @Test
    void findsACommuneByPostalCode() throws Exception {
        assertThat(search("04000")).contains("/territoires/04070").doesNotContain("Manosque");
        assertThat(search("13002")).contains("<a href=\"/territoires/13055\">Marseille</a>");
    }

    @Test
    void saysSoInASentenceWhenNothingMatches() throws Exception {
        assertThat(search("Zzyzx"))
                .contains("Aucun territoire ne correspond à « Zzyzx »")
                .doesNotContain("<table");
    }

    @Test
    void escapesAQueryContainingMarkup() throws Exception {
        String page = search("<script>alert(1)</script>");

        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        String page = search("Manosque", "Cookie", "lang=en");

        assertThat(page)
                .contains("<html lang=\"en\"")
                .contains("Find a territory")
                .contains("One territory found for “Manosque”")
                .contains("22,593")
                .doesNotContain("??");
        assertThat(search("Zzyzx", "Cookie", "lang=en")).contains("No territory matches “Zzyzx”");
    }
}
