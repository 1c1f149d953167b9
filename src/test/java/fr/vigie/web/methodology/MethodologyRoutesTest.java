package fr.vigie.web.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.web.PagesSite;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class MethodologyRoutesTest {
    @AutoClose
    private static final PagesSite site = PagesSite.start();

    @Test
    void showsTheMethodologyWithItsVersionAndATableOfContentsInFrench() throws Exception {
        var response = site.get("/methodologie");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("<html lang=\"fr\"")
                .contains("<h1>Méthodologie</h1>")
                .contains("méthodologie version " + KpiCatalogue.METHODOLOGY_VERSION)
                .contains("rédigé en anglais")
                .contains("<a class=\"fr-summary__link\" href=\"#changelog\">Changelog</a>")
                .contains("<h2 id=\"changelog\">")
                .contains("<article class=\"fr-col-12 fr-col-md-8 vigie-methodology\" lang=\"en\">")
                .contains("<div class=\"fr-table vigie-table-scroll\"><table tabindex=\"0\">")
                .contains("aria-current=\"page\"")
                .doesNotContain("??");
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        String page = site.get("/methodologie?lang=en").body();

        assertThat(page)
                .contains("<html lang=\"en\"")
                .contains("<h1>Methodology</h1>")
                .contains("methodology version " + KpiCatalogue.METHODOLOGY_VERSION)
                .doesNotContain("??");
    }
}
