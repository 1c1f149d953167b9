package fr.vigie.web;

import java.util.List;

/**
 * CSV text (RFC 4180, comma-separated, CRLF line ends) safe to open in a spreadsheet: a cell starting
 * with = + - @ a tab or a carriage return is prefixed with a single quote so that it is never run as a
 * formula (territory names and platform texts come from outside). Cells holding a comma, a quote or a
 * line break are quoted.
 */
public final class SafeCsv {
    private final StringBuilder text = new StringBuilder();

    /** Adds one line of cells; a null cell is written empty. */
    public SafeCsv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            Object cell = cells.get(i);
            text.append(cell(cell == null ? "" : cell.toString()));
        }
        text.append("\r\n");
        return this;
    }

    /** One cell as written: neutralised when it could start a formula, quoted when needed. */
    public static String cell(String value) {
        String safe = neutralised(value);
        boolean quote =
                safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /** The text with a leading single quote when it could start a formula, unchanged otherwise. */
    public static String neutralised(String value) {
        return startsAFormula(value) ? "'" + value : value;
    }

    private static boolean startsAFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
