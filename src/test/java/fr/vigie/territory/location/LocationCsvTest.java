package fr.vigie.territory.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.VigieException;
import fr.vigie.store.ImportJournal.QuarantinedLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocationCsvTest {
    private static final Set<String> COMMUNES = Set.of("13055", "83137", "04070", "2A004");

    @TempDir
    Path folder;

    private LocationCsv.Read read(String text) throws Exception {
        Path file = folder.resolve("points.csv");
        Files.writeString(file, text);
        return LocationCsv.read(file, COMMUNES, "test centroids");
    }

    @Test
    void keepsGoodLinesAndQuarantinesEachBadOneWithItsLineFieldAndReason() throws Exception {
        var read = read("""
                code,name,latitude,longitude
                13055,Marseille,43.2965,5.3698
                99999,Nowhere,43.0,5.0
                83137,Toulon,north,5.93
                04070,Digne,44.09,200
                13055,Marseille again,43.3,5.4
                2A004,Ajaccio,41.9192,8.7386
                """);

        assertThat(read.lines()).isEqualTo(6);
        assertThat(read.located())
                .containsExactly(
                        new Location("13055", 43.2965, 5.3698, "test centroids"),
                        new Location("2A004", 41.9192, 8.7386, "test centroids"));
        assertThat(read.quarantined())
                .extracting(QuarantinedLine::line, QuarantinedLine::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "code"),
                        org.assertj.core.groups.Tuple.tuple(4L, "latitude"),
                        org.assertj.core.groups.Tuple.tuple(5L, "longitude"),
                        org.assertj.core.groups.Tuple.tuple(6L, "code"));
        assertThat(read.quarantined())
                .extracting(QuarantinedLine::reason)
                .containsExactly(
                        "'99999' is not the code of a commune of the registry",
                        "'north' is not a number of degrees",
                        "the longitude of 04070 should lie between -180 and 180, got 200.0",
                        "13055 is already located at line 2");
        assertThat(read.quarantined().getFirst().raw()).isEqualTo("99999,Nowhere,43.0,5.0");
    }

    @Test
    void readsSemicolonFilesWithDecimalCommasAndAnyHeaderCase() throws Exception {
        var read = read("\uFEFFCode;Latitude;Longitude\n13055;43,2965;5,3698\n");

        assertThat(read.located()).containsExactly(new Location("13055", 43.2965, 5.3698, "test centroids"));
        assertThat(read.quarantined()).isEmpty();
    }

    @Test
    void refusesAFileWithoutTheColumnsItNeeds() {
        assertThatThrownBy(() -> read("code,lat,lon\n13055,43.3,5.4\n"))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("line 1 lacks the column(s) latitude, longitude");
    }
}
