package rw.paydesk.reporting.render;

import rw.paydesk.core.money.Money;
import rw.paydesk.reporting.period.domain.ReportPeriod;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Currency;

/**
 * How a cell is written. Files meant for machines (CSV, XLSX) get plain numbers; those meant for
 * people (PDF, the mail, the page) get amounts grouped in thousands at their currency's own
 * decimals ("12,500" RWF, "1,234.50" USD). Times are in Kigali.
 */
public final class Cells {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ReportPeriod.KIGALI);

    private Cells() {
    }

    /** For machines: numbers without grouping or trailing zeros, times as "2026-11-23 09:14:00" (Kigali). */
    public static String plain(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (cell instanceof Instant t) {
            return TIME.format(t);
        }
        return cell.toString();
    }

    /**
     * For people: an amount at its currency's decimals and grouped ("12,500", "1,234.50"); other
     * cells as {@link #plain}. An amount whose currency is unknown keeps its own decimals.
     */
    public static String forPeople(Object cell, String currency) {
        if (cell instanceof BigDecimal d) {
            Currency c = currencyOrNull(currency);
            return c == null ? Money.formatAmount(d, Currency.getInstance("USD")) : Money.formatAmount(d, c);
        }
        if (cell instanceof Long n) {
            return String.format(java.util.Locale.ENGLISH, "%,d", n);
        }
        return plain(cell);
    }

    private static Currency currencyOrNull(String code) {
        try {
            return code == null ? null : Money.currency(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A time for people: "2026-11-23 09:14:00". */
    public static String time(Instant t) {
        return TIME.format(t);
    }
}
