package rw.paydesk.system;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reads the "Totals per currency" table of a settlement summary back from a report mail's HTML
 * body (amounts for people: "17,500") and from its CSV file (amounts plain), and checks both
 * say the same figures.
 */
final class ReportTotals {

    private static final String TOTALS = "Totals per currency";
    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL);

    private ReportTotals() {
    }

    static void assertSettlement(String html, String csv, String currency, long collections, BigDecimal collected,
                                 long payouts, BigDecimal paidOut, BigDecimal payoutFees, BigDecimal net) {
        for (Map<String, String> line : List.of(fromHtml(html, currency), fromCsv(csv, currency))) {
            assertEquals(collections, Long.parseLong(number(line, "Collections")), line.toString());
            assertEquals(0, collected.compareTo(new BigDecimal(number(line, "Collected"))), line.toString());
            assertEquals(payouts, Long.parseLong(number(line, "Payouts")), line.toString());
            assertEquals(0, paidOut.compareTo(new BigDecimal(number(line, "Paid out"))), line.toString());
            assertEquals(0, payoutFees.compareTo(new BigDecimal(number(line, "Payout fees"))), line.toString());
            assertEquals(0, net.compareTo(new BigDecimal(number(line, "Net"))), line.toString());
        }
    }

    private static String number(Map<String, String> line, String column) {
        String value = line.get(column);
        if (value == null) {
            throw new AssertionError("no column " + column + " in " + line);
        }
        return value.replace(",", "").trim();
    }

    /** Header → cell of the currency's row in the HTML table after the "Totals per currency" heading. */
    static Map<String, String> fromHtml(String html, String currency) {
        int at = html.indexOf(TOTALS);
        if (at < 0) {
            throw new AssertionError("no totals in the mail: " + html);
        }
        String table = html.substring(html.indexOf("<table", at), html.indexOf("</table>", at));
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1).replace("&amp;", "&"));
            }
            rows.add(cells);
        }
        return line(rows, currency);
    }

    /** The same from the CSV file: the section's title line, its header, its rows. */
    static Map<String, String> fromCsv(String csv, String currency) {
        List<String> lines = List.of(csv.split("\r\n"));
        int title = lines.indexOf(TOTALS);
        if (title < 0) {
            throw new AssertionError("no totals in the CSV: " + csv);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = title + 1; i < lines.size() && !lines.get(i).isEmpty(); i++) {
            rows.add(List.of(lines.get(i).split(",", -1)));
        }
        return line(rows, currency);
    }

    private static Map<String, String> line(List<List<String>> rows, String currency) {
        List<String> header = rows.get(0);
        List<String> found = rows.stream().skip(1).filter(r -> r.get(0).equals(currency)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + currency + " line in " + rows));
        Map<String, String> line = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            line.put(header.get(i), found.get(i));
        }
        return line;
    }
}
