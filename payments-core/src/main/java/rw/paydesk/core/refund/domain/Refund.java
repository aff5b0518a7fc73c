package rw.paydesk.core.refund.domain;

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
import rw.paydesk.core.party.Reference;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * Money given back to a customer from a successful collection. Our reference is stored before
 * the gateway is asked and is the request's idempotency key, so asking again after a lost
 * answer can never refund twice.
 */
@Entity
@Table(name = "refund")
@NamedQuery(name = Refund.BY_REFERENCE, query = "select r from Refund r where r.reference = :reference")
@NamedQuery(name = Refund.OF_CHARGE, query = "select r from Refund r where r.chargeReference = :charge order by r.createdAt, r.id")
@NamedQuery(name = Refund.OF_CHARGES, query = "select r from Refund r where r.chargeReference in :charges order by r.createdAt, r.id")
@NamedQuery(name = Refund.BY_GATEWAY_REFERENCE, query = "select r from Refund r where r.gateway = :gateway and r.gatewayReference = :id")
@NamedQuery(name = Refund.OPEN_DUE, query = "select r.reference from Refund r where r.status = :unknown"
        + " and (r.nextCheckAt is null or r.nextCheckAt <= :now) order by r.id")
public class Refund {

    public static final String BY_REFERENCE = "Refund.byReference";
    public static final String OF_CHARGE = "Refund.ofCharge";
    public static final String OF_CHARGES = "Refund.ofCharges";
    public static final String BY_GATEWAY_REFERENCE = "Refund.byGatewayReference";
    public static final String OPEN_DUE = "Refund.openDue";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 50)
    private String reference;

    @Column(name = "charge_reference", nullable = false, updatable = false, length = 50)
    private String chargeReference;

    @Column(nullable = false, updatable = false, length = 24)
    private String gateway;

    @Column(nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(updatable = false, length = 200)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RefundStatus status;

    @Column(name = "gateway_reference", length = 64)
    private String gatewayReference;

    @Column(name = "gateway_message", length = 500)
    private String gatewayMessage;

    /** How many times the request went out (the first, then resends after lost answers). */
    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "next_check_at")
    private Instant nextCheckAt;

    @Version
    private long version;

    protected Refund() {
        // for JPA
    }

    /** A refund about to be sent: UNKNOWN until the gateway answers. */
    public static Refund of(Reference reference, String chargeReference, String gateway, Money amount, String reason,
                            String createdBy, Instant now) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A refund must be more than zero.");
        }
        Refund r = new Refund();
        r.reference = reference.value();
        r.chargeReference = Objects.requireNonNull(chargeReference);
        r.gateway = Objects.requireNonNull(gateway);
        r.amount = amount.amount();
        r.currency = amount.currency().getCurrencyCode();
        r.reason = reason;
        r.status = RefundStatus.UNKNOWN;
        r.createdBy = Objects.requireNonNull(createdBy);
        r.createdAt = now;
        r.updatedAt = now;
        r.gatewayMessage = "Sending to the gateway…";
        return r;
    }

    /**
     * What is left to refund of a payment of {@code paid}: less every refund of it that did not
     * fail. An UNKNOWN refund counts, so a lost answer can never lead to refunding twice.
     */
    public static Money refundable(Money paid, java.util.Collection<Refund> refundsOfIt) {
        Money left = paid;
        for (Refund r : refundsOfIt) {
            if (r.status != RefundStatus.FAILED) {
                left = left.minus(r.amount());
            }
        }
        return left.isNegative() ? Money.zero(left.currency()) : left;
    }

    /** The request is going out (again); answers which attempt this is. */
    public int sending(Instant now) {
        attempts++;
        updatedAt = now;
        return attempts;
    }

    /** Moves to a final state if still UNKNOWN; answers whether it moved. Never moves back. */
    public boolean settle(RefundStatus next, String gatewayRef, String message, Instant now) {
        if (gatewayRef != null && !gatewayRef.isBlank() && gatewayReference == null) {
            gatewayReference = clip(gatewayRef, 64);
        }
        if (status.isFinal() || !next.isFinal()) {
            return false;
        }
        status = next;
        if (message != null) {
            gatewayMessage = clip(message, 500);
        }
        nextCheckAt = null;
        updatedAt = now;
        return true;
    }

    /** No usable answer: stays UNKNOWN, asked again at {@code next}. */
    public void unknown(String why, Instant next, Instant now) {
        if (status.isFinal()) {
            return;
        }
        gatewayMessage = clip(why, 500);
        nextCheckAt = next;
        updatedAt = now;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long id() { return id; }
    public String reference() { return reference; }
    public String chargeReference() { return chargeReference; }
    public String gateway() { return gateway; }
    public Money amount() { return Money.rounded(amount, Money.currency(currency)); }
    public String reason() { return reason; }
    public RefundStatus status() { return status; }
    public String gatewayReference() { return gatewayReference; }
    public String gatewayMessage() { return gatewayMessage; }
    public int attempts() { return attempts; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant nextCheckAt() { return nextCheckAt; }
}
