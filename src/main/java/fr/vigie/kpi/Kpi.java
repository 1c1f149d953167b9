package fr.vigie.kpi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One KPI of the catalogue. Its id is the same everywhere: the SQL file {@code kpi/<id>.sql}, the
 * CLI flag value, the API path and the column name in exports.
 *
 * @param unit what one value measures, e.g. "followers" or "%"
 * @param description starts with a verb and states the caveats (docs/methodology.md has the rest)
 * @param perCapita whether a per-1,000-inhabitants view of the territory value makes sense
 */
public record Kpi(
        String id, String title, String unit, BetterDirection betterDirection, String description, boolean perCapita) {

    /** Which way is better when ranking. */
    public enum BetterDirection {
        HIGHER,
        LOWER
    }

    public Kpi {
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a KPI id is kebab-case: " + id);
        }
    }

    /** Resource path of the SQL file that computes this KPI. */
    public String sqlResource() {
        return "/kpi/" + id + ".sql";
    }

    /**
     * The SQL query, as a journalist runs it in the DuckDB CLI. It reads the variables
     * period_start and period_end (TIMESTAMP, UTC) and returns (scope, subject, network, value,
     * simulated).
     */
    public String sql() {
        try (InputStream in = Kpi.class.getResourceAsStream(sqlResource())) {
            if (in == null) {
                throw new IllegalStateException(
                        "the SQL of KPI " + id + " is missing from the build: " + sqlResource());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sqlResource(), e);
        }
    }
}
