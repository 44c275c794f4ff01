package org.silhouette.data;

import org.silhouette.core.UserError;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV fields: quotes around fields holding commas, quotes or line breaks; quotes doubled. */
public final class Csv {
    private Csv() {
    }

    public static String quote(String field) {
        if (field == null) {
            return "";
        }
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0 || (!field.isEmpty() && (field.charAt(0) == ' '
                || field.charAt(field.length() - 1) == ' '));
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    /**
     * A text cell as a spreadsheet will not run it: a cell that starts with {@code = + - @}, a tab or a
     * carriage return is a formula to Excel, LibreOffice and Google Sheets (CSV formula injection), so it
     * gets a leading apostrophe, which they show as text. {@link #fromSpreadsheetSafe} takes it off again.
     * Only for text (paths, label names): numbers, negative ones included, are written as they are.
     */
    public static String spreadsheetSafe(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** Undoes {@link #spreadsheetSafe}: a cell read back from an export is the text that was exported. */
    public static String fromSpreadsheetSafe(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\''
                && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
    }

    private static final String FORMULA_STARTS = "=+-@\t\r";

    public static String row(String... fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(fields[i]));
        }
        return sb.toString();
    }

    /**
     * Splits CSV text into records of fields, honouring quoted fields that span lines.
     *
     * @throws IllegalArgumentException on an unterminated quote, naming the line it started on
     */
    /**
     * Reads and parses a UTF-8 CSV file; a missing file, bad quoting or another encoding is a user error.
     *
     * @param missing the message when there is no such file
     */
    public static List<List<String>> readFile(Path file, String missing) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserError(missing);
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new UserError(file + ": " + e.getMessage() + ".");
        } catch (MalformedInputException e) {
            throw new UserError(file + " is not UTF-8 text.");
        }
    }

    public static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                fieldStarted = true;
                quoteLine = line;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                if (fieldStarted || !field.isEmpty() || !fields.isEmpty()) {
                    fields.add(field.toString());
                    records.add(fields);
                } else {
                    records.add(List.of()); // a blank line
                }
                fields = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field starting on line " + quoteLine);
        }
        if (fieldStarted || !field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }
}
