package rw.paydesk.payouts.batch.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The results file of a batch: every input column of each row, then its reference, status,
 * the gateway's fee and message. UTF-8 with a byte-order mark so that spreadsheets read
 * accented names right; text that a spreadsheet would run as a formula is defused.
 */
public final class BatchResults {

    public static final List<String> COLUMNS = List.of("line", "type", "bank_code", "account_number", "phone", "provider",
            "first_name", "last_name", "email", "amount", "description", "reference", "status", "fee", "gateway_message");

    private BatchResults() {
    }

    public static String csv(List<BatchRow> rows) {
        StringBuilder out = new StringBuilder("\uFEFF").append(String.join(",", COLUMNS)).append("\r\n");
        for (BatchRow r : rows) {
            List<String> fields = List.of(String.valueOf(r.line()), r.type().name().toLowerCase(java.util.Locale.ROOT),
                    text(r.bankCode()), text(r.accountNumber()),
                    r.phoneNumber() == null ? "" : "0" + r.phoneNumber().national(), text(r.provider()), r.firstName(),
                    r.lastName(), text(r.email()), plain(r.amount().amount()), r.description(), r.reference().value(),
                    r.status().name(), r.fee() == null ? "" : plain(r.fee()), text(r.gatewayMessage()));
            for (int i = 0; i < fields.size(); i++) {
                out.append(i == 0 ? "" : ",").append(quote(fields.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    static String quote(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
