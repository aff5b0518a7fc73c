package rw.paydesk.core.link.domain;

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
import rw.paydesk.core.gateway.GatewayAccount;
import rw.paydesk.core.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A link a customer opens to pay a set amount, by card or mobile money. Through DGS-Pay API v2
 * it is the gateway's payment link; through Rwanda Pay it is a hosted checkout session, which
 * carries our reference (its {@code tx_ref}) and takes a single payment attempt.
 */
@Entity
@Table(name = "payment_link")
@NamedQuery(name = PaymentLink.RECENT, query = "select l from PaymentLink l order by l.createdAt desc, l.id desc")
@NamedQuery(name = PaymentLink.BY_TOKEN, query = "select l from PaymentLink l where l.token = :token")
@NamedQuery(name = PaymentLink.BY_REFERENCE, query = "select l from PaymentLink l where l.reference = :reference")
public class PaymentLink {

    public static final String RECENT = "PaymentLink.recent";
    public static final String BY_TOKEN = "PaymentLink.byToken";
    public static final String BY_REFERENCE = "PaymentLink.byReference";

    /** How a link may be paid. */
    public enum PayMethod { CARD, MOMO }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 128, unique = true)
    private String token;

    /** The gateway account it was made through ({@code GatewayAccount#id()}). */
    @Column(nullable = false, updatable = false, length = 24)
    private String gateway = GatewayAccount.DGS;

    /** Ours, for a checkout session: stored before the gateway is called. */
    @Column(length = 50, unique = true, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LinkStatus status;

    @Column(nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(nullable = false, updatable = false, length = 32)
    private String methods;

    @Column(length = 200, updatable = false)
    private String description;

    @Column(name = "order_id", length = 64, updatable = false)
    private String orderId;

    @Column(length = 500)
    private String url;

    @Column(name = "qr_code_url", length = 500)
    private String qrCodeUrl;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "paid_reference", length = 64)
    private String paidReference;

    @Column(name = "paid_by", length = 100)
    private String paidBy;

    @Column(name = "paid_amount", precision = 19, scale = 4)
    private BigDecimal paidAmount;

    @Column(precision = 19, scale = 4)
    private BigDecimal fee;

    @Column(name = "gateway_message", length = 500)
    private String gatewayMessage;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected PaymentLink() {
        // for JPA
    }

    public PaymentLink(Money amount, Set<PayMethod> methods, String description, String orderId, String createdBy,
                       Instant now) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("The amount must be more than zero.");
        }
        if (methods == null || methods.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one way to pay: card or mobile money.");
        }
        this.amount = amount.amount();
        this.currency = amount.currency().getCurrencyCode();
        this.methods = methods.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.description = description == null || description.isBlank() ? null : description.trim();
        this.orderId = orderId == null || orderId.isBlank() ? null : orderId.trim();
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = LinkStatus.CREATING;
    }

    /**
     * A hosted checkout session through gateway account {@code gateway}: our {@code reference} is
     * its {@code tx_ref}. The customer pays by mobile money on the gateway's page.
     */
    public static PaymentLink checkout(String gateway, String reference, Money amount, String description,
                                       String orderId, String createdBy, Instant now) {
        PaymentLink link = new PaymentLink(amount, EnumSet.of(PayMethod.MOMO), description, orderId, createdBy, now);
        if (gateway == null || gateway.isBlank() || reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("A checkout session needs its gateway account and our reference.");
        }
        link.gateway = gateway;
        link.reference = reference;
        return link;
    }

    public void created(String token, String url, String qrCodeUrl, Instant expiresAt) {
        if (status != LinkStatus.CREATING) {
            return;
        }
        this.token = token;
        this.url = url;
        this.qrCodeUrl = qrCodeUrl;
        this.expiresAt = expiresAt;
        this.status = LinkStatus.ACTIVE;
    }

    public void refused(String message) {
        if (status == LinkStatus.CREATING) {
            status = LinkStatus.FAILED;
            gatewayMessage = message == null ? null : message.substring(0, Math.min(500, message.length()));
        }
    }

    /** Marks the link paid; a second payment report changes nothing. Answers whether it changed. */
    public boolean paid(String reference, String payer, Instant at) {
        return paid(reference, payer, null, null, at);
    }

    /**
     * Marks the link paid, keeping the gateway's payment reference, the amount it says was paid
     * and its fee. Money that arrived is never ignored, so a failed attempt reported first does
     * not stop it; a second payment report changes nothing. Answers whether it changed.
     */
    public boolean paid(String reference, String payer, BigDecimal amount, BigDecimal fee, Instant at) {
        if (status == LinkStatus.PAID) {
            return false;
        }
        status = LinkStatus.PAID;
        paidReference = reference;
        paidBy = payer == null ? null : payer.substring(0, Math.min(100, payer.length()));
        paidAmount = amount;
        this.fee = fee;
        paidAt = at;
        return true;
    }

    /**
     * The customer's payment attempt failed. A DGS-Pay link stays open for another attempt; a
     * checkout session takes one attempt only, so it ends FAILED with the gateway's reason.
     * Answers whether it changed.
     */
    public boolean paymentFailed(String reason) {
        if (!isCheckoutSession() || status != LinkStatus.ACTIVE) {
            return false;
        }
        status = LinkStatus.FAILED;
        String message = "The customer's payment failed" + (reason == null || reason.isBlank() ? "" : " (" + reason + ")")
                + "; the checkout session is closed. Make a new link to ask again.";
        gatewayMessage = message.substring(0, Math.min(500, message.length()));
        return true;
    }

    /** Whether it is a hosted checkout session (it then has our reference), rather than a gateway's payment link. */
    public boolean isCheckoutSession() {
        return reference != null;
    }

    public boolean isExpiredAt(Instant now) {
        return status == LinkStatus.ACTIVE && expiresAt != null && !now.isBefore(expiresAt);
    }

    public Set<PayMethod> methods() {
        return Arrays.stream(methods.split(",")).map(m -> PayMethod.valueOf(m.toUpperCase(Locale.ROOT)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PayMethod.class)));
    }

    public Long id() { return id; }
    public String token() { return token; }
    public String gateway() { return gateway; }
    public String reference() { return reference; }
    public BigDecimal paidAmount() { return paidAmount; }
    public BigDecimal fee() { return fee; }
    /** The gateway's fee on the payment, in the link's currency, or null if it did not say. */
    public Money gatewayFee() { return fee == null ? null : Money.rounded(fee, Money.currency(currency)); }
    public LinkStatus status() { return status; }
    public Money amount() { return Money.rounded(amount, Money.currency(currency)); }
    public String description() { return description; }
    public String orderId() { return orderId; }
    public String url() { return url; }
    public String qrCodeUrl() { return qrCodeUrl; }
    public Instant expiresAt() { return expiresAt; }
    public Instant paidAt() { return paidAt; }
    public String paidReference() { return paidReference; }
    public String paidBy() { return paidBy; }
    public String gatewayMessage() { return gatewayMessage; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
