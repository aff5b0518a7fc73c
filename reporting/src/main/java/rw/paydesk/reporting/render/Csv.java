package rw.paydesk.reporting.render;

import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV as RFC 4180 writes it, with a guard against formula injection: a cell that a spreadsheet
 * would run as a formula (starting with {@code = + - @}, tab or carriage return) is prefixed with
 * {@code '}, unless it is a plain number. Shared by every CSV PayDesk writes.
 */
public final class Csv {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Csv() {
    }

    /** The cells joined by commas, ending with CRLF. */
    public static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    /** One cell, quoted when it must be; null is empty. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !NUMBER.matcher(v).matches()) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
