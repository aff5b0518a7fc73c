package rw.paydesk.core.collection.domain;

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
import rw.paydesk.core.party.CustomerName;
import rw.paydesk.core.party.PhoneNumber;
import rw.paydesk.core.party.Reference;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * Money asked of a customer. Created, with its reference, before the gateway is called;
 * every later answer (the call's, a webhook's, a status check's) may only move it forward.
 */
@Entity
@Table(name = "charge")
@NamedQuery(name = Charge.BY_REFERENCE, query = "select c from Charge c where c.reference = :reference")
@NamedQuery(name = Charge.BY_GATEWAY_TRANSACTION, query = "select c from Charge c where c.gateway = :gateway"
        + " and (c.gatewayTransactionId = :id or c.gatewayReference = :id)")
@NamedQuery(name = Charge.RECENT, query = "select c from Charge c order by c.createdAt desc, c.id desc")
@NamedQuery(name = Charge.OPEN_DUE_FOR_CHECK, query = "select c from Charge c where c.status in :statuses"
        + " and ((c.nextCheckAt is null and c.createdAt <= :settledBefore) or c.nextCheckAt <= :now) order by c.nextCheckAt, c.id")
public class Charge {

    public static final String BY_REFERENCE = "Charge.byReference";
    public static final String RECENT = "Charge.recent";
    public static final String BY_GATEWAY_TRANSACTION = "Charge.byGatewayTransaction";
    /**
     * Parameters {@code statuses}, {@code now}, {@code settledBefore}: references of open
     * charges due to be asked about: made before {@code settledBefore} (a fresh charge is left
     * to its webhook), or brought forward (its check set due, e.g. because the gateway's list
     * already shows it final).
     */
    public static final String OPEN_DUE_FOR_CHECK = "Charge.openDueForCheck";

    /** How the customer pays. */
    public enum Method { MOBILE_MONEY, CARD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 50)
    private String reference;

    /** The gateway account it went through ({@code GatewayAccount#id()}). */
    @Column(nullable = false, updatable = false, length = 24)
    private String gateway;

    /** The gateway's own reference, for APIs that take none of ours. */
    @Column(name = "gateway_reference", length = 64)
    private String gatewayReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Method method;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ChargeStatus status;

    @Column(nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(length = 2, updatable = false)
    private String country;

    @Column(length = 20, updatable = false)
    private String provider;

    @Column(length = 20, updatable = false)
    private String phone;

    @Column(name = "customer_name", length = 50, updatable = false)
    private String customerName;

    @Column(name = "customer_email", length = 254, updatable = false)
    private String customerEmail;

    @Column(length = 200, updatable = false)
    private String description;

    @Column(name = "gateway_transaction_id", length = 64)
    private String gatewayTransactionId;

    @Column(precision = 19, scale = 4)
    private BigDecimal fee;

    @Column(name = "gateway_code", length = 32)
    private String gatewayCode;

    @Column(name = "gateway_message", length = 500)
    private String gatewayMessage;

    @Column(length = 500)
    private String instruction;

    /** The card step the gateway waits for (PIN, OTP, AVS, REDIRECT), or null. */
    @Column(name = "next_step", length = 16)
    private String nextStep;

    @Column(name = "redirect_url", length = 500)
    private String redirectUrl;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** When the gateway is next asked about this charge while it is open (PENDING, UNKNOWN). */
    @Column(name = "next_check_at")
    private Instant nextCheckAt;

    @Column(name = "status_checks", nullable = false)
    private int statusChecks;

    @Version
    private long version;

    protected Charge() {
        // for JPA
    }

    /** A mobile-money charge through DGS-Pay API v2, UNKNOWN until the gateway answers. */
    public static Charge mobileMoney(Reference reference, Money amount, PhoneNumber phone, String provider,
                                     CustomerName customer, String email, String description, String createdBy,
                                     Instant now) {
        return mobileMoney("dgs", reference, amount, phone, provider, customer, email, description, createdBy, now);
    }

    /** A mobile-money charge through gateway account {@code gateway}, UNKNOWN until the gateway answers. */
    public static Charge mobileMoney(String gateway, Reference reference, Money amount, PhoneNumber phone, String provider,
                                     CustomerName customer, String email, String description, String createdBy,
                                     Instant now) {
        Charge c = new Charge();
        c.gateway = Objects.requireNonNull(gateway);
        c.reference = reference.value();
        c.method = Method.MOBILE_MONEY;
        c.status = ChargeStatus.UNKNOWN;
        c.amount = amount.amount();
        c.currency = amount.currency().getCurrencyCode();
        c.country = phone.country().name();
        c.provider = provider;
        c.phone = phone.national();
        c.customerName = customer.value();
        c.customerEmail = email;
        c.description = description;
        c.createdBy = Objects.requireNonNull(createdBy);
        c.createdAt = now;
        c.updatedAt = now;
        c.gatewayMessage = "Sending to the gateway…";
        return c;
    }

    /** A card charge, UNKNOWN until the gateway answers. No card data is kept, not even encrypted. */
    public static Charge card(Reference reference, Money amount, String brand, PhoneNumber phone, CustomerName customer,
                              String email, String description, String createdBy, Instant now) {
        Charge c = mobileMoney(reference, amount, phone, brand, customer, email, description, createdBy, now);
        c.method = Method.CARD;
        return c;
    }

    /** The card issuer waits for a step (or none, with null). Ignored once the charge is final. */
    public void awaitStep(String step, String redirect) {
        if (status.isFinal()) {
            nextStep = null;
            redirectUrl = null;
            return;
        }
        nextStep = step;
        redirectUrl = redirect == null ? null : clip(redirect, 500);
    }

    /**
     * Moves to {@code next} if that is forward, keeping the gateway's words. Answers whether
     * it moved; a late or repeated answer that would move it backwards changes nothing.
     */
    public boolean advance(ChargeStatus next, String code, String message, Instant now) {
        if (!status.canMoveTo(next)) {
            return false;
        }
        status = next;
        if (next.isFinal()) {
            nextStep = null;
            redirectUrl = null;
        }
        if (code != null) {
            gatewayCode = clip(code, 32);
        }
        if (message != null) {
            gatewayMessage = clip(message, 500);
        }
        updatedAt = now;
        return true;
    }

    /** The gateway's own reference, from its first answer; kept once known. */
    public void noteGatewayReference(String value) {
        if (value != null && !value.isBlank() && gatewayReference == null) {
            gatewayReference = clip(value.trim(), 64);
        }
    }

    /** What the gateway told us about the charge, whatever its state. */
    public void noteGatewayDetails(String transactionId, BigDecimal fee, String instruction) {
        if (transactionId != null && gatewayTransactionId == null) {
            gatewayTransactionId = clip(transactionId, 64);
        }
        if (fee != null) {
            this.fee = fee;
        }
        if (instruction != null) {
            this.instruction = clip(instruction, 500);
        }
    }

    /** The call's outcome could not be known: say so, and stay UNKNOWN. */
    public void outcomeUnknown(String why, Instant now) {
        noteMessage(why, now);
    }

    /** Keeps the gateway's latest words without a change of state. */
    public void noteMessage(String message, Instant now) {
        gatewayMessage = clip(message, 500);
        updatedAt = now;
    }

    /**
     * The gateway was asked about the charge (or it is due to be): the next question is at
     * {@code next}, or never once the charge is final.
     */
    public void statusChecked(Instant next) {
        statusChecks++;
        nextCheckAt = status.isFinal() ? null : next;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long id() { return id; }
    public String reference() { return reference; }
    public String gateway() { return gateway; }
    public String gatewayReference() { return gatewayReference; }
    public Method method() { return method; }
    public ChargeStatus status() { return status; }
    public Money amount() { return Money.rounded(amount, Money.currency(currency)); }
    public String country() { return country; }
    public String provider() { return provider; }
    public String phone() { return phone; }
    public String customerName() { return customerName; }
    public String customerEmail() { return customerEmail; }
    public String description() { return description; }
    public String gatewayTransactionId() { return gatewayTransactionId; }
    public BigDecimal fee() { return fee; }
    public String gatewayCode() { return gatewayCode; }
    public String gatewayMessage() { return gatewayMessage; }
    public String instruction() { return instruction; }
    public String nextStep() { return nextStep; }
    public String redirectUrl() { return redirectUrl; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant nextCheckAt() { return nextCheckAt; }
    public int statusChecks() { return statusChecks; }
}
