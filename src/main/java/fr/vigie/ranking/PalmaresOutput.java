package fr.vigie.ranking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * What the palmarès writers ({@link RankingWriter}, {@link ScoreboardWriter}) share: numbers and
 * names for people, the CSV dialect, the JSON printer and the simulated-data label.
 */
final class PalmaresOutput {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PalmaresOutput() {}

    /** A value for people: integers with thousands separators, others with 2 to 4 decimals. */
    static String number(@Nullable Double value) {
        if (value == null) {
            return "no value";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%,.2f" : "%.4f", value);
    }

    /** The text cut to {@code width} characters, an ellipsis marking the cut. */
    static String abbreviate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    /** " · SIMULATED DATA (not real figures)" for a palmarès computed from simulated data, "" otherwise. */
    static String simulatedMark(boolean simulated) {
        return simulated ? " · " + Ranking.SIMULATED_LABEL + " (not real figures)" : "";
    }

    /** The top-level simulated flag, and the label when simulated. */
    static void putSimulated(Map<String, @Nullable Object> root, boolean simulated) {
        root.put("simulated", simulated);
        if (simulated) {
            root.put("label", Ranking.SIMULATED_LABEL);
        }
    }

    /** The "… n more" line under a table cut to its first rows. */
    static void hiddenRows(int hidden, PrintWriter out) {
        if (hidden > 0) {
            out.printf("… %d more (use --limit 0 for all)%n", hidden);
        }
    }

    /** Writes the header then the rows as RFC 4180 CSV with \n line ends. */
    static void csv(PrintWriter out, List<String> header, List<List<@Nullable Object>> rows) {
        try {
            CSVPrinter csv = new CSVPrinter(
                    out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
            csv.printRecord(header);
            for (List<@Nullable Object> row : rows) {
                csv.printRecord(row);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints the document as indented JSON. */
    static void json(Map<String, @Nullable Object> root, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the palmarès as JSON", e);
        }
    }
}
