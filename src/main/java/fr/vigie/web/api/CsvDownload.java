package fr.vigie.web.api;

import fr.vigie.web.SafeCsv;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV files for spreadsheets: UTF-8 with a byte-order mark (so that Excel reads accents), sent as an
 * attachment, every cell safe against formula injection — a cell starting with = + - @ TAB or CR gets
 * a leading single quote ({@link SafeCsv#neutralised}), so that a name typed by someone cannot run as
 * a formula when opened.
 */
final class CsvDownload {
    private static final String BOM = "\uFEFF";

    private CsvDownload() {}

    /** The cell as a spreadsheet should store it: text that could start a formula is quoted. */
    static String safe(@org.jspecify.annotations.Nullable Object value) {
        if (value == null) {
            return "";
        }
        return SafeCsv.neutralised(value.toString());
    }

    /** The whole file, BOM first, header then rows, CRLF line ends. */
    static String text(List<String> header, List<List<?>> rows) {
        var out = new StringBuilder(BOM);
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(CsvDownload::safe).toList());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    static void send(Context ctx, String fileName, List<String> header, List<List<?>> rows) {
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .result(text(header, rows).getBytes(StandardCharsets.UTF_8));
    }
}
