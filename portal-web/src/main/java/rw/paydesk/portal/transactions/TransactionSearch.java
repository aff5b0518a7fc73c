package rw.paydesk.portal.transactions;

import rw.paydesk.core.ledger.domain.Direction;
import rw.paydesk.core.ledger.domain.LedgerFilter;
import rw.paydesk.core.ledger.domain.LedgerSort;
import rw.paydesk.core.ledger.domain.LedgerStatus;
import rw.paydesk.portal.faces.Formats;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a user asked the Transactions page for, as typed: dates in Kigali time, words as
 * chosen. Turns into the ledger's filter, and into the query string of an export link, so the
 * file holds exactly the rows on screen.
 */
public class TransactionSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private LocalDate to;
    private Direction direction;
    private LedgerStatus status;
    private String currency;
    private String provider;
    private String reference;
    private String phone;
    private LedgerSort.Column sortColumn = LedgerSort.Column.CREATED;
    private boolean ascending;

    /** The ledger's filter; a 'to' date is included (up to its midnight). */
    public LedgerFilter filter() {
        Instant start = from == null ? null : from.atStartOfDay(Formats.KIGALI).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(Formats.KIGALI).toInstant();
        return new LedgerFilter(start, end, direction, status, currency, provider, reference, phone);
    }

    public LedgerSort sort() {
        return new LedgerSort(sortColumn, ascending);
    }

    /** The search as query parameters (empty ones left out). */
    public String queryString() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "from", from == null ? null : from.toString());
        put(p, "to", to == null ? null : to.toString());
        put(p, "direction", direction == null ? null : direction.name());
        put(p, "status", status == null ? null : status.name());
        put(p, "currency", currency);
        put(p, "provider", provider);
        put(p, "reference", reference);
        put(p, "phone", phone);
        put(p, "sort", sortColumn.name());
        put(p, "asc", Boolean.toString(ascending));
        return p.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Reads a search back from query parameters; anything unreadable is left out. */
    public static TransactionSearch of(Function<String, String> parameter) {
        TransactionSearch s = new TransactionSearch();
        s.from = date(parameter.apply("from"));
        s.to = date(parameter.apply("to"));
        s.direction = constant(Direction.class, parameter.apply("direction"));
        s.status = constant(LedgerStatus.class, parameter.apply("status"));
        s.currency = parameter.apply("currency");
        s.provider = parameter.apply("provider");
        s.reference = parameter.apply("reference");
        s.phone = parameter.apply("phone");
        LedgerSort.Column column = constant(LedgerSort.Column.class, parameter.apply("sort"));
        s.sortColumn = column == null ? LedgerSort.Column.CREATED : column;
        s.ascending = Boolean.parseBoolean(parameter.apply("asc"));
        return s;
    }

    public void clear() {
        from = null;
        to = null;
        direction = null;
        status = null;
        currency = null;
        provider = null;
        reference = null;
        phone = null;
    }

    private static void put(Map<String, String> p, String key, String value) {
        if (value != null && !value.isBlank()) {
            p.put(key, value.trim());
        }
    }

    private static LocalDate date(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String s) {
        try {
            return s == null || s.isBlank() ? null : Enum.valueOf(type, s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public Direction getDirection() { return direction; }
    public void setDirection(Direction direction) { this.direction = direction; }
    public LedgerStatus getStatus() { return status; }
    public void setStatus(LedgerStatus status) { this.status = status; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getProvider() { return provider; }
    public void setProvider(String provider) { this.provider = provider; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public LedgerSort.Column getSortColumn() { return sortColumn; }
    public void setSortColumn(LedgerSort.Column sortColumn) { this.sortColumn = sortColumn; }
    public boolean isAscending() { return ascending; }
    public void setAscending(boolean ascending) { this.ascending = ascending; }
}
