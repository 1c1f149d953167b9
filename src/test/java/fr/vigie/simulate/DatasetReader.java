package fr.vigie.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a generated dataset back the way the formats say: CSV with headers, NDJSON one object a line. */
final class DatasetReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DatasetReader() {}

    static String headerLine(Path folder, DatasetFile file) throws IOException {
        try (var lines = Files.lines(folder.resolve(file.fileName()), StandardCharsets.UTF_8)) {
            return lines.findFirst().orElseThrow();
        }
    }

    static List<CSVRecord> csv(Path folder, DatasetFile file) throws IOException {
        try (Reader reader = Files.newBufferedReader(folder.resolve(file.fileName()), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }

    static List<JsonNode> ndjson(Path folder, DatasetFile file) throws IOException {
        var nodes = new ArrayList<JsonNode>();
        for (String line : Files.readAllLines(folder.resolve(file.fileName()), StandardCharsets.UTF_8)) {
            JsonNode node = JSON.readTree(line);
            if (!node.isObject()) {
                throw new IllegalStateException("not an object: " + line);
            }
            nodes.add(node);
        }
        return nodes;
    }

    static JsonNode manifest(Path folder) throws IOException {
        return JSON.readTree(folder.resolve(Manifest.FILE).toFile());
    }
}
