package rw.paydesk.reporting.render;

import java.util.ArrayList;
import java.util.List;

/** Reads RFC 4180 CSV back, for tests that check what a file says. */
final class CsvReader {

    private CsvReader() {
    }

    static List<List<String>> parse(String csv) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                line.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                line.add(cell.toString());
                cell.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return lines;
    }

    /** The header and rows of the section with this title (up to the next blank line or note). */
    static List<List<String>> section(List<List<String>> lines, String title) {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals(List.of(title))) {
                start = i + 1;
                break;
            }
        }
        if (start < 0) {
            throw new AssertionError("no section " + title);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = start; i < lines.size() && !lines.get(i).equals(List.of("")) && !lines.get(i).get(0).equals("Note"); i++) {
            rows.add(lines.get(i));
        }
        return rows;
    }
}
