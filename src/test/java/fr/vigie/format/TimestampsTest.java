package fr.vigie.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {
    private static final Instant EXPECTED = Instant.parse("2026-10-03T08:15:00Z");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-10-03T08:15:00Z",
                "2026-10-03T08:15:00.000Z",
                "2026-10-03T10:15:00+02:00",
                "2026-10-03T10:15:00+0200",
                "2026-10-03T08:15:00+0000",
                "2026-10-03T05:15:00-03:00",
                "2026-10-03 10:15:00+02",
                " 1791015300 "
            })
    void readsEveryDocumentedVariantAsTheSameUtcInstant(String text) {
        assertThat(Timestamps.parse(text)).isEqualTo(EXPECTED);
    }

    @Test
    void keepsFractionsOfASecond() {
        assertThat(Timestamps.parse("2026-10-03T08:15:00.123456Z")).isEqualTo("2026-10-03T08:15:00.123456Z");
    }

    @Test
    void refusesALocalTimeWithoutZone() {
        assertThatThrownBy(() -> Timestamps.parse("2026-10-03T08:15:00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no time zone");
    }

    @Test
    void refusesEpochMillisecondsMistakenForSeconds() {
        assertThatThrownBy(() -> Timestamps.parse("1791015300000")).hasMessageContaining("milliseconds");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"03/10/2026 08:15", "2026-13-03T08:15:00Z", "2026-02-30T08:15:00Z", "2026-10-03T08:15:00+2"})
    void refusesWhatIsNotATimestamp(String text) {
        assertThatThrownBy(() -> Timestamps.parse(text)).hasMessageContaining("not a timestamp");
    }
}
