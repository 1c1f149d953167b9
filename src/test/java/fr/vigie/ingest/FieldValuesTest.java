package fr.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.format.Booleans;
import fr.vigie.format.Counts;
import org.junit.jupiter.api.Test;

class FieldValuesTest {
    @Test
    void readsEmptyOrAbsentCountsAsUnknownNotZero() {
        assertThat(Counts.parse(null)).isNull();
        assertThat(Counts.parse(" ")).isNull();
        assertThat(Counts.parse("0")).isZero();
        assertThat(Counts.parse("182300")).isEqualTo(182_300L);
    }

    @Test
    void refusesNegativeFractionalAndFormattedCounts() {
        assertThatThrownBy(() -> Counts.parse("-3")).hasMessageContaining("negative");
        assertThatThrownBy(() -> Counts.parse("2.5")).hasMessageContaining("not an integer");
        assertThatThrownBy(() -> Counts.parse("1 000")).hasMessageContaining("not an integer");
        assertThatThrownBy(() -> Counts.parse("1,000")).hasMessageContaining("not an integer");
    }

    @Test
    void readsTheDocumentedBooleans() {
        assertThat(Booleans.parse("TRUE")).isTrue();
        assertThat(Booleans.parse("1")).isTrue();
        assertThat(Booleans.parse("yes")).isTrue();
        assertThat(Booleans.parse("no")).isFalse();
        assertThat(Booleans.parse(null)).isFalse();
        assertThatThrownBy(() -> Booleans.parse("peut-être")).hasMessageContaining("not a boolean");
    }

    @Test
    void extractsUnicodeHashtagsFromTextLowerCasedAndDistinct() {
        assertThat(Hashtags.extract("Fête ! #FêteDeLaMusique à #Marseille_13 et #marseille, pas https://x.fr/a#b ni #"))
                .containsExactly("fêtedelamusique", "marseille_13", "marseille");
        assertThat(Hashtags.extract("(#Nice) voir https://nice.fr/agenda/#juillet et l&#39;été, «#Carnaval»"))
                .containsExactly("nice", "carnaval");
    }

    @Test
    void normalisesATagWithOrWithoutHash() {
        assertThat(Hashtags.normalise(" #Marseille ")).isEqualTo("marseille");
        assertThatThrownBy(() -> Hashtags.normalise("#bad tag")).hasMessageContaining("not a hashtag");
    }
}
