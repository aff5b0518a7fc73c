package rw.paydesk.core.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import rw.paydesk.core.gateway.ListedTransaction;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One movement of money, found by our reference, as PayDesk's own record and the gateway's
 * list know it. Each side is merged in on its own ({@link #mergeLocal}, {@link #mergeGateway});
 * both are kept, so a difference stays visible.
 *
 * <ul>
 * <li>Who made it, how and to whom (kind, method, provider, phone or account) are ours when we
 * know them: the gateway's list does not carry them.</li>
 * <li>The fee is the gateway's once it gives one (what was really charged), else ours.</li>
 * <li>The status shown is the further on of the two ({@link LedgerStatus} order); when both are
 * final and disagree, ours stays shown and the gateway's is kept beside it for reconciliation.</li>
 * </ul>
 */
@Entity
@Table(name = "ledger_entry")
@NamedQuery(name = LedgerEntry.BY_REFERENCE, query = "select e from LedgerEntry e where e.reference = :reference")
@NamedQuery(name = LedgerEntry.BY_REFERENCES, query = "select e from LedgerEntry e where e.reference in :references")
@NamedQuery(name = LedgerEntry.OLDEST_OPEN_AT_GATEWAY, query = "select min(e.gatewayId) from LedgerEntry e "
        + "where e.knownAtGateway = true and e.gatewayId is not null and e.gatewayStatus not in :finalWords "
        + "and e.createdAt >= :since")
public class LedgerEntry {

    public static final String BY_REFERENCE = "LedgerEntry.byReference";
    public static final String BY_REFERENCES = "LedgerEntry.byReferences";
    public static final String OLDEST_OPEN_AT_GATEWAY = "LedgerEntry.oldestOpenAtGateway";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 64)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private LedgerStatus status;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(precision = 19, scale = 4)
    private BigDecimal fee;

    /** The gateway account it belongs to ({@code GatewayAccount#id()}). */
    @Column(nullable = false, length = 24)
    private String gateway = "dgs";

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(length = 24)
    private String kind;

    @Column(length = 24)
    private String method;

    @Column(length = 40)
    private String provider;

    @Column(length = 40)
    private String party;

    @Column(name = "local_status", length = 24)
    private String localStatus;

    @Column(name = "gateway_status", length = 24)
    private String gatewayStatus;

    @Column(name = "gateway_id")
    private Long gatewayId;

    @Column(name = "gateway_transaction_id", length = 64)
    private String gatewayTransactionId;

    @Column(name = "gateway_reason", length = 500)
    private String gatewayReason;

    @Column(name = "known_locally", nullable = false)
    private boolean knownLocally;

    @Column(name = "known_at_gateway", nullable = false)
    private boolean knownAtGateway;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "synced_at", nullable = false)
    private Instant syncedAt;

    /** Our record's state in the ledger's words, kept apart from the status shown. */
    @Enumerated(EnumType.STRING)
    @Column(name = "local_ledger_status", length = 12)
    private LedgerStatus localLedgerStatus;

    /** Our record's fee, kept apart from the fee shown (the gateway's once it gives one). */
    @Column(name = "local_fee", precision = 19, scale = 4)
    private BigDecimal localFee;

    /** The gateway's amount, fee and currency as its list gives them, kept apart from ours for reconciliation. */
    @Column(name = "gateway_amount", precision = 19, scale = 4)
    private BigDecimal gatewayAmount;

    @Column(name = "gateway_fee", precision = 19, scale = 4)
    private BigDecimal gatewayFee;

    @Column(name = "gateway_currency", length = 3)
    private String gatewayCurrency;

    protected LedgerEntry() {
        // JPA
    }

    private LedgerEntry(String reference, Direction direction, BigDecimal amount, String currency, Instant createdAt,
                        Instant now) {
        this.reference = reference;
        this.direction = direction;
        this.amount = amount;
        this.currency = currency;
        this.createdAt = createdAt == null ? now : createdAt;
        this.updatedAt = this.createdAt;
        this.status = LedgerStatus.UNKNOWN;
        this.syncedAt = now;
    }

    /** A new entry from one of our records. */
    public static LedgerEntry fromLocal(Movement m, Instant now) {
        LedgerEntry e = new LedgerEntry(m.reference(), m.direction(), m.amount(), m.currency(), m.createdAt(), now);
        e.status = m.status();
        e.mergeLocal(m, now);
        return e;
    }

    /**
     * A new entry from the gateway's list only (a movement PayDesk did not make, or has not
     * recorded yet). Empty if the row cannot be placed: no amount or currency.
     */
    public static java.util.Optional<LedgerEntry> fromGateway(ListedTransaction t, Instant now) {
        if (t.amount() == null || t.currency() == null || t.currency().isBlank()) {
            return java.util.Optional.empty();
        }
        Direction direction = Direction.fromGateway(t.direction()).orElse(Direction.COLLECTION);
        LedgerEntry e = new LedgerEntry(t.reference(), direction, t.amount(), t.currency().trim().toUpperCase(Locale.ROOT),
                t.createdAt(), now);
        e.method = lower(t.method());
        e.mergeGateway(t, now);
        return java.util.Optional.of(e);
    }

    /** Takes in what our record now says. Returns true if anything shown changed. */
    public boolean mergeLocal(Movement m, Instant now) {
        if (!reference.equals(m.reference())) {
            throw new IllegalArgumentException("movement " + m.reference() + " merged into " + reference);
        }
        String before = fingerprint();
        knownLocally = true;
        gateway = m.gateway();
        localLedgerStatus = m.status();
        localStatus = m.recordStatus() == null ? m.status().name() : m.recordStatus();
        direction = m.direction();
        amount = m.amount();
        currency = m.currency();
        kind = m.kind();
        localFee = m.fee();
        method = firstNonBlank(m.method(), method);
        provider = firstNonBlank(m.provider(), provider);
        party = firstNonBlank(m.party(), party);
        gatewayTransactionId = firstNonBlank(gatewayTransactionId, m.gatewayTransactionId());
        if (!knownAtGateway || fee == null) {
            fee = m.fee() == null ? fee : m.fee();
        }
        createdAt = m.createdAt().isBefore(createdAt) ? m.createdAt() : createdAt;
        status = shown(m.status(), gatewayLedgerStatus());
        touch(m.updatedAt(), now, before);
        return !before.equals(fingerprint());
    }

    /** Takes in what the gateway's list says of this reference. Returns true if anything shown changed. */
    public boolean mergeGateway(ListedTransaction t, Instant now) {
        if (!reference.equals(t.reference())) {
            throw new IllegalArgumentException("gateway row " + t.reference() + " merged into " + reference);
        }
        String before = fingerprint();
        knownAtGateway = true;
        gatewayStatus = t.status() == null ? gatewayStatus : lower(t.status());
        gatewayId = t.sequence() == null ? gatewayId : t.sequence();
        gatewayTransactionId = firstNonBlank(t.transactionId(), gatewayTransactionId);
        gatewayReason = t.reason() == null ? gatewayReason : truncate(t.reason(), 500);
        fee = t.fee() == null ? fee : t.fee();
        gatewayFee = t.fee() == null ? gatewayFee : t.fee();
        gatewayAmount = t.amount() == null ? gatewayAmount : t.amount();
        gatewayCurrency = t.currency() == null || t.currency().isBlank() ? gatewayCurrency
                : t.currency().trim().toUpperCase(Locale.ROOT);
        method = firstNonBlank(method, lower(t.method()));
        if (!knownLocally) {
            Direction.fromGateway(t.direction()).ifPresent(d -> direction = d);
            amount = t.amount() == null ? amount : t.amount();
            currency = t.currency() == null || t.currency().isBlank() ? currency : t.currency().trim().toUpperCase(Locale.ROOT);
            if (t.createdAt() != null && t.createdAt().isBefore(createdAt)) {
                createdAt = t.createdAt();
            }
        }
        status = shown(localStatusOrNull(), gatewayLedgerStatus());
        touch(t.updatedAt(), now, before);
        return !before.equals(fingerprint());
    }

    /**
     * The status to show: the further on of ours and the gateway's. When both are final and
     * disagree, ours (the disagreement is reconciliation's to explain).
     */
    static LedgerStatus shown(LedgerStatus local, LedgerStatus gateway) {
        if (local == null) {
            return gateway == null ? LedgerStatus.UNKNOWN : gateway;
        }
        if (gateway == null || local.isFinal()) {
            return local;
        }
        return local.mayGiveWayTo(gateway) ? gateway : local;
    }

    /** Which side(s) know this movement: {@code PayDesk}, {@code Gateway} or {@code Both}. */
    public String knownBy() {
        return knownLocally && knownAtGateway ? "Both" : knownLocally ? "PayDesk" : "Gateway";
    }

    /** How it was paid, in words: {@code mobile money}, {@code card}, {@code bank}. */
    public String methodLabel() {
        return method == null ? null : method.replace('_', ' ');
    }

    private LedgerStatus localStatusOrNull() {
        if (!knownLocally) {
            return null;
        }
        return localLedgerStatus;
    }

    /** Our record's state in the ledger's words, or null when PayDesk has no record. */
    public LedgerStatus localLedgerStatus() {
        return localStatusOrNull();
    }

    /** The gateway's state in the ledger's words, or null when its list has not shown it (or in words we do not know). */
    public LedgerStatus gatewayLedgerStatus() {
        return knownAtGateway ? LedgerStatus.fromGateway(gatewayStatus).orElse(null) : null;
    }

    private void touch(Instant changedAt, Instant now, String before) {
        syncedAt = now;
        if (!before.equals(fingerprint())) {
            Instant when = changedAt == null ? now : changedAt;
            updatedAt = when.isAfter(updatedAt) ? when : updatedAt;
        }
    }

    private String fingerprint() {
        return String.join("|", gateway, String.valueOf(direction), String.valueOf(status), plain(amount), plain(fee), currency,
                String.valueOf(kind), String.valueOf(method), String.valueOf(provider), String.valueOf(party),
                String.valueOf(localStatus), String.valueOf(gatewayStatus), String.valueOf(gatewayTransactionId),
                String.valueOf(knownLocally), String.valueOf(knownAtGateway), plain(localFee), plain(gatewayAmount),
                plain(gatewayFee), String.valueOf(gatewayCurrency));
    }

    private static String plain(BigDecimal d) {
        return d == null ? "null" : d.stripTrailingZeros().toPlainString();
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static String lower(String s) {
        return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long id() { return id; }
    public String reference() { return reference; }
    public Direction direction() { return direction; }
    public LedgerStatus status() { return status; }
    public BigDecimal amount() { return amount; }
    public BigDecimal fee() { return fee; }
    public String currency() { return currency; }
    public String gateway() { return gateway; }
    public String kind() { return kind; }
    public String method() { return method; }
    public String provider() { return provider; }
    public String party() { return party; }
    public String localStatus() { return localStatus; }
    public String gatewayStatus() { return gatewayStatus; }
    public Long gatewayId() { return gatewayId; }
    public String gatewayTransactionId() { return gatewayTransactionId; }
    public String gatewayReason() { return gatewayReason; }
    public boolean knownLocally() { return knownLocally; }
    public boolean knownAtGateway() { return knownAtGateway; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant syncedAt() { return syncedAt; }
    public BigDecimal localFee() { return localFee; }
    public BigDecimal gatewayAmount() { return gatewayAmount; }
    public BigDecimal gatewayFee() { return gatewayFee; }
    public String gatewayCurrency() { return gatewayCurrency; }

    @Override
    public boolean equals(Object o) {
        return o instanceof LedgerEntry other && Objects.equals(reference, other.reference);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(reference);
    }
}
