package rw.paydesk.payouts.batch.domain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A bulk payout file as read: comma-separated values in UTF-8 (a byte-order mark is
 * allowed), a header row naming the columns, then one payout per record. Fields may be
 * quoted ({@code "Uwase, Grace"}, {@code ""} for a quote inside); a quoted field may span
 * lines. Blank lines are skipped. Each record keeps the line it starts on, which is what the
 * maker sees in a text editor and, for ordinary files, in a spreadsheet.
 *
 * <p>Refused as a whole, with a message: more than {@code maxBytes}, not UTF-8, empty, no
 * header, a column PayDesk does not know or a column twice, a header without the required
 * columns, no payout rows, more than {@code maxRows} rows, a quote that never closes.
 */
public final class BatchFile {

    /** The columns a file may have, in the order PayDesk writes them. */
    public static final List<String> COLUMNS = List.of("type", "bank_code", "account_number", "phone", "provider",
            "first_name", "last_name", "email", "amount", "description");

    /** Columns every file must have; the others are needed only by some rows (bank or mobile). */
    public static final List<String> REQUIRED = List.of("type", "first_name", "last_name", "amount");

    /** Sandbox only: the gateway's payout simulation context of a row. */
    public static final String SIMULATION = "simulation";

    /** How large a file may be. */
    public record Limits(long maxBytes, int maxRows) {
        public Limits {
            if (maxBytes < 1 || maxRows < 1) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }
    }

    /** One payout record: the line it starts on and its fields in file order. */
    public record Record(int line, List<String> fields) {
    }

    private final List<String> header;
    private final Map<String, Integer> index;
    private final List<Record> records;

    private BatchFile(List<String> header, List<Record> records) {
        this.header = List.copyOf(header);
        this.records = List.copyOf(records);
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            idx.put(header.get(i), i);
        }
        this.index = idx;
    }

    /** Reads {@code content}; {@code simulationAllowed} lets the sandbox's {@code simulation} column in. */
    public static BatchFile parse(byte[] content, Limits limits, boolean simulationAllowed) {
        if (content == null || content.length == 0) {
            throw new BatchFileException("The file is empty. Upload a CSV file with a header row and one payout per row.");
        }
        if (content.length > limits.maxBytes()) {
            throw new BatchFileException("The file is " + size(content.length) + "; PayDesk takes files of at most "
                    + size(limits.maxBytes()) + ". Split it into several batches.");
        }
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            throw new BatchFileException("This is a spreadsheet workbook (or another zip file), not a CSV file. "
                    + "Save it as \"CSV UTF-8 (comma delimited)\" and upload that.");
        }
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new BatchFileException("The file is empty. Upload a CSV file with a header row and one payout per row.");
        }
        List<Record> all = new Reader(text, limits.maxRows() + 1).records();
        Record head = all.get(0);
        List<String> header = header(head, simulationAllowed);
        List<Record> rows = all.subList(1, all.size());
        if (rows.isEmpty()) {
            throw new BatchFileException("The file has a header but no payout rows.");
        }
        if (rows.size() > limits.maxRows()) {
            throw new BatchFileException("The file has more than " + number(limits.maxRows())
                    + " payout rows; a batch takes at most " + number(limits.maxRows()) + ". Split it into several batches.");
        }
        return new BatchFile(header, rows);
    }

    private static List<String> header(Record head, boolean simulationAllowed) {
        List<String> names = new ArrayList<>();
        for (String raw : head.fields()) {
            names.add(raw.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_"));
        }
        long known = names.stream().filter(n -> COLUMNS.contains(n) || n.equals(SIMULATION)).count();
        if (known == 0) {
            String hint = names.size() == 1 && names.get(0).contains(";")
                    ? " The columns seem to be separated by ';'; PayDesk reads comma-separated files." : "";
            throw new BatchFileException("The first line must be the header row naming the columns, e.g. "
                    + String.join(",", COLUMNS) + "." + hint);
        }
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isEmpty()) {
                throw new BatchFileException("Column " + (i + 1) + " of the header row has no name. The columns are: "
                        + String.join(", ", COLUMNS) + ".");
            }
            if (name.equals(SIMULATION) && !simulationAllowed) {
                throw new BatchFileException("The column 'simulation' exists in the sandbox only; remove it.");
            }
            if (!COLUMNS.contains(name) && !name.equals(SIMULATION)) {
                throw new BatchFileException("Unknown column '" + head.fields().get(i).trim() + "' in the header row. "
                        + "The columns are: " + String.join(", ", COLUMNS) + ".");
            }
            if (seen.contains(name)) {
                throw new BatchFileException("The column '" + name + "' appears twice in the header row.");
            }
            seen.add(name);
        }
        List<String> missing = REQUIRED.stream().filter(r -> !seen.contains(r)).toList();
        if (!missing.isEmpty()) {
            throw new BatchFileException("The header row lacks the column" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + ". Every file needs " + String.join(", ", REQUIRED) + ".");
        }
        return names;
    }

    private static String decode(byte[] content) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        try {
            CharBuffer chars = utf8.decode(in);
            String text = chars.toString();
            int nul = text.indexOf('\u0000');
            if (nul >= 0) {
                throw new BatchFileException("The file holds binary data (line " + lineAt(content, nul)
                        + "), not text. Upload the payouts as a CSV file in UTF-8.");
            }
            return text;
        } catch (MalformedInputException e) {
            int at = in.position();
            throw new BatchFileException("The file is not UTF-8 text: line " + lineAt(content, at) + " has a byte (0x"
                    + String.format("%02X", content[Math.min(at, content.length - 1)] & 0xff)
                    + ") that UTF-8 does not allow, perhaps an accented letter saved in another encoding. "
                    + "Save the file as \"CSV UTF-8\" and upload it again.");
        } catch (CharacterCodingException e) {
            throw new BatchFileException("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again.");
        }
    }

    private static int lineAt(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, bytes / 1024) + " KB";
        }
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024.0)).replace(".0 MB", " MB");
    }

    private static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }

    /** The header's column names, normalised to lower case with underscores. */
    public List<String> header() {
        return header;
    }

    public boolean has(String column) {
        return index.containsKey(column);
    }

    /** The payout records, header excluded, in file order. */
    public List<Record> records() {
        return records;
    }

    /** The trimmed value of {@code column} in {@code record}; empty when the column is absent or the field missing. */
    public String value(Record record, String column) {
        Integer i = index.get(column);
        if (i == null || i >= record.fields().size()) {
            return "";
        }
        return record.fields().get(i).trim();
    }

    /** Whether the record has as many fields as the header (a shorter or longer row is a mistake). */
    public boolean fits(Record record) {
        return record.fields().size() == header.size();
    }

    /** RFC 4180 reading, tolerant of bare CR or LF line ends and of a missing final line end. */
    private static final class Reader {
        private final String text;
        private final int maxRecords;
        private int pos;
        private int line = 1;

        Reader(String text, int maxRecords) {
            this.text = text;
            this.maxRecords = maxRecords;
        }

        List<Record> records() {
            List<Record> out = new ArrayList<>();
            while (pos < text.length()) {
                int start = line;
                List<String> fields = record();
                boolean blank = fields.stream().allMatch(f -> f.isBlank());
                if (!blank) {
                    out.add(new Record(start, fields));
                    if (out.size() > maxRecords) {
                        break; // the caller refuses the file; no need to read the rest
                    }
                }
            }
            return out;
        }

        private List<String> record() {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            int quoteLine = line;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (quoted) {
                    if (c == '"') {
                        if (pos < text.length() && text.charAt(pos) == '"') {
                            field.append('"');
                            pos++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n' || (c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n'))) {
                            line++;
                        }
                        field.append(c);
                    }
                } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                    quoteLine = line;
                    field.setLength(0);
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                        pos++;
                    }
                    line++;
                    fields.add(field.toString());
                    return fields;
                } else {
                    field.append(c);
                }
            }
            if (quoted) {
                throw new BatchFileException("Line " + quoteLine + " opens a quoted field (\") that is never closed.");
            }
            fields.add(field.toString());
            return fields;
        }
    }
}
