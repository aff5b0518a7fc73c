package rw.paydesk.core.withdrawal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import rw.paydesk.core.money.Money;
import rw.paydesk.core.party.PhoneNumber;
import rw.paydesk.core.party.Reference;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The merchant's own money moved from a gateway wallet to the merchant's own mobile-money
 * number. Created, with its reference, before the gateway is called; every later answer (the
 * call's, a webhook's, a status check's) may only move it forward. It has no PIN: the PIN goes
 * to the gateway in the one call and is never kept.
 */
@Entity
@Table(name = "withdrawal")
@NamedQuery(name = Withdrawal.BY_REFERENCE, query = "select w from Withdrawal w where w.reference = :reference")
@NamedQuery(name = Withdrawal.BY_GATEWAY_REFERENCE, query = "select w from Withdrawal w where w.gatewayReference = :gatewayReference")
@NamedQuery(name = Withdrawal.RECENT, query = "select w from Withdrawal w order by w.createdAt desc, w.id desc")
@NamedQuery(name = Withdrawal.OPEN_DUE_FOR_CHECK, query = "select w from Withdrawal w where w.status in :statuses"
        + " and w.gatewayReference is not null"
        + " and ((w.nextCheckAt is null and w.createdAt <= :madeBefore) or w.nextCheckAt <= :now) order by w.nextCheckAt, w.id")
@NamedQuery(name = Withdrawal.OPEN_WITHOUT_GATEWAY_REFERENCE, query = "select w from Withdrawal w where w.status in :statuses"
        + " and w.gatewayReference is null and w.statusChecks = 0 and w.createdAt <= :madeBefore order by w.id")
public class Withdrawal {

    public static final String BY_REFERENCE = "Withdrawal.byReference";
    public static final String BY_GATEWAY_REFERENCE = "Withdrawal.byGatewayReference";
    public static final String RECENT = "Withdrawal.recent";
    /** Parameters {@code statuses}, {@code now}, {@code madeBefore}: open withdrawals the gateway can be asked about. */
    public static final String OPEN_DUE_FOR_CHECK = "Withdrawal.openDueForCheck";
    /** Parameters {@code statuses}, {@code madeBefore}: open withdrawals the gateway gave no reference for, not yet flagged. */
    public static final String OPEN_WITHOUT_GATEWAY_REFERENCE = "Withdrawal.openWithoutGatewayReference";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 50)
    private String reference;

    /** The gateway account it went through ({@code GatewayAccount#id()}). */
    @Column(nullable = false, updatable = false, length = 24)
    private String gateway;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private WithdrawalStatus status;

    @Column(nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    /** The national significant number, {@code 78xxxxxxx} (Rwanda). */
    @Column(nullable = false, updatable = false, length = 20)
    private String phone;

    @Column(nullable = false, updatable = false, length = 20)
    private String provider;

    /** The gateway's own reference ({@code WDR-…}), from its first answer. */
    @Column(name = "gateway_reference", length = 64)
    private String gatewayReference;

    @Column(precision = 19, scale = 4)
    private BigDecimal fee;

    @Column(name = "gateway_code", length = 32)
    private String gatewayCode;

    @Column(name = "gateway_message", length = 500)
    private String gatewayMessage;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** When the gateway is next asked about this withdrawal while it is open. */
    @Column(name = "next_check_at")
    private Instant nextCheckAt;

    @Column(name = "status_checks", nullable = false)
    private int statusChecks;

    @Version
    private long version;

    protected Withdrawal() {
        // for JPA
    }

    /** A withdrawal through gateway account {@code gateway}, UNKNOWN until the gateway answers. */
    public static Withdrawal request(String gateway, Reference reference, Money amount, PhoneNumber phone, String provider,
                                     String createdBy, Instant now) {
        Withdrawal w = new Withdrawal();
        w.gateway = Objects.requireNonNull(gateway, "gateway");
        w.reference = reference.value();
        w.status = WithdrawalStatus.UNKNOWN;
        w.amount = amount.amount();
        w.currency = amount.currency().getCurrencyCode();
        w.phone = phone.national();
        w.provider = Objects.requireNonNull(provider, "provider");
        w.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        w.createdAt = now;
        w.updatedAt = now;
        w.gatewayMessage = "Sending to the gateway…";
        return w;
    }

    /**
     * Moves to {@code next} if that is forward, keeping the gateway's words. Answers whether it
     * moved; a late or repeated answer that would move it backwards changes nothing.
     */
    public boolean advance(WithdrawalStatus next, String code, String message, Instant now) {
        if (!status.canMoveTo(next)) {
            return false;
        }
        status = next;
        if (code != null) {
            gatewayCode = clip(code, 32);
        }
        if (message != null) {
            gatewayMessage = clip(message, 500);
        }
        if (next.isFinal()) {
            nextCheckAt = null;
        }
        updatedAt = now;
        return true;
    }

    /** What the gateway told us of it, whatever its state: its reference (kept once known) and fee. */
    public void noteGatewayDetails(String reference, BigDecimal fee, Instant now) {
        boolean changed = false;
        if (reference != null && !reference.isBlank() && gatewayReference == null) {
            gatewayReference = clip(reference.trim(), 64);
            changed = true;
        }
        if (fee != null && (this.fee == null || this.fee.compareTo(fee) != 0)) {
            this.fee = fee;
            changed = true;
        }
        if (changed) {
            updatedAt = now;
        }
    }

    /** Keeps the gateway's latest words (or ours for a person) without a change of state. */
    public void noteMessage(String message, Instant now) {
        gatewayMessage = message == null ? null : clip(message, 500);
        updatedAt = now;
    }

    /** The gateway was asked about it: the next question is at {@code next}, or never once it is final. */
    public void statusChecked(Instant next) {
        statusChecks++;
        nextCheckAt = status.isFinal() ? null : next;
    }

    public boolean isOpen() {
        return !status.isFinal();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long id() { return id; }
    public String reference() { return reference; }
    public String gateway() { return gateway; }
    public WithdrawalStatus status() { return status; }
    public Money amount() { return Money.rounded(amount, Money.currency(currency)); }
    public String phone() { return phone; }
    public String provider() { return provider; }
    public String gatewayReference() { return gatewayReference; }
    public BigDecimal fee() { return fee; }
    public String gatewayCode() { return gatewayCode; }
    public String gatewayMessage() { return gatewayMessage; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant nextCheckAt() { return nextCheckAt; }
    public int statusChecks() { return statusChecks; }

    /** For logs and debuggers: what it is, never more (there is no PIN to leave out). */
    @Override
    public String toString() {
        return "Withdrawal " + reference + " " + status + " " + amount().format() + " to " + provider + " 0" + phone
                + " via " + gateway + (gatewayReference == null ? "" : " (" + gatewayReference + ")");
    }
}
