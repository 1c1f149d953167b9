package fr.vigie.territory;

import fr.vigie.VigieException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The compact reference files Vigie ships in its jar under /territory/ (the registry, the
 * locations): a gzipped CSV with a fixed header, and a properties file beside it (x.csv.gz →
 * x.properties) naming the edition, the source and the licence. The same rows give the same bytes.
 */
public final class ShippedCsv {
    private ShippedCsv() {}

    /** A file as read: the properties beside it and its records, header checked. */
    public record Content(Properties properties, List<CSVRecord> records) {}

    /** The properties file that goes with a shipped file: x.csv.gz → x.properties. */
    public static Path propertiesOf(Path csvGz) {
        String name = csvGz.getFileName().toString().replaceFirst("(\\.csv)?(\\.gz)?$", "");
        return csvGz.resolveSibling(name + ".properties");
    }

    /** Reads /territory/{base}.csv.gz and its properties from the jar. */
    public static Content shipped(String base, List<String> columns) {
        String path = "/territory/" + base;
        try (InputStream csv = ShippedCsv.class.getResourceAsStream(path + ".csv.gz");
                InputStream properties = ShippedCsv.class.getResourceAsStream(path + ".properties")) {
            if (csv == null || properties == null) {
                throw new IllegalStateException("the build lacks " + path + ".csv.gz or .properties");
            }
            return read(csv, properties, columns, path + ".csv.gz");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped " + path + ": " + e.getMessage(), e);
        }
    }

    /** Reads a file and the properties beside it. */
    public static Content read(Path csvGz, List<String> columns) {
        Path properties = propertiesOf(csvGz);
        try (InputStream csv = Files.newInputStream(csvGz);
                InputStream about = Files.newInputStream(properties)) {
            return read(csv, about, columns, csvGz.toString());
        } catch (IOException e) {
            throw new VigieException("cannot read " + csvGz + " and " + properties + ": " + e.getMessage(), e);
        }
    }

    static Content read(InputStream csvGz, InputStream propertiesStream, List<String> columns, String name)
            throws IOException {
        var properties = new Properties();
        properties.load(new InputStreamReader(propertiesStream, StandardCharsets.UTF_8));
        try (Reader in = new InputStreamReader(new GZIPInputStream(csvGz, 1 << 16), StandardCharsets.UTF_8)) {
            var parser = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in);
            if (!parser.getHeaderNames().equals(columns)) {
                throw new VigieException(name + ": header should be " + String.join(",", columns) + ", found "
                        + String.join(",", parser.getHeaderNames()));
            }
            return new Content(properties, parser.getRecords());
        }
    }

    /** Writes the rows under the header, and the properties (in this order) beside them. */
    public static void write(
            Path csvGz, List<String> columns, Iterable<? extends Iterable<?>> rows, Map<String, String> properties) {
        try {
            Path parent = csvGz.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer out = new BufferedWriter(new OutputStreamWriter(
                            new GZIPOutputStream(Files.newOutputStream(csvGz)), StandardCharsets.UTF_8));
                    CSVPrinter csv = CSVFormat.DEFAULT
                            .builder()
                            .setHeader(columns.toArray(String[]::new))
                            .setRecordSeparator('\n')
                            .get()
                            .print(out)) {
                for (Iterable<?> row : rows) {
                    csv.printRecord(row);
                }
            }
            StringBuilder text = new StringBuilder();
            properties.forEach(
                    (key, value) -> text.append(key).append('=').append(value).append('\n'));
            Files.writeString(propertiesOf(csvGz), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + csvGz + ": " + e.getMessage(), e);
        }
    }
}
