package rw.paydesk.payouts.request.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import rw.paydesk.core.money.Money;
import rw.paydesk.core.party.Reference;
import rw.paydesk.payouts.approval.domain.Approval;
import rw.paydesk.payouts.approval.domain.ApprovalPolicy;
import rw.paydesk.payouts.approval.domain.ContentFingerprint;
import rw.paydesk.payouts.beneficiary.domain.Beneficiary;
import rw.paydesk.payouts.beneficiary.domain.BeneficiaryException;
import rw.paydesk.payouts.beneficiary.domain.BeneficiaryType;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import rw.paydesk.payouts.request.domain.PayoutException.Refusal;

/**
 * Money a maker asks to send to an approved beneficiary. The payout enforces four eyes
 * itself: the maker never approves it, each approver approves once, enough different people
 * approve for its amount, every approval is bound to the exact content it approved and
 * counts for a limited time. Its reference is generated at creation and never changes, so
 * a submission that is retried can never pay twice.
 */
@Entity
@Table(name = "payout")
@NamedQuery(name = Payout.BY_REFERENCE, query = "select p from Payout p where p.reference = :reference")
@NamedQuery(name = Payout.BY_STATUS, query = "select p from Payout p where p.status in :statuses order by p.createdAt, p.id")
@NamedQuery(name = Payout.COUNT_BY_STATUS, query = "select count(p) from Payout p where p.status in :statuses")
@NamedQuery(name = Payout.RECENT, query = "select p from Payout p order by p.createdAt desc, p.id desc")
@NamedQuery(name = Payout.DUE_FOR_CHECK, query = "select p.id from Payout p where p.status in :statuses"
        + " and (p.nextCheckAt is null or p.nextCheckAt <= :now) order by p.nextCheckAt, p.id")
@NamedQuery(name = Payout.STALE_SUBMITTING, query = "select p.id from Payout p where p.status = rw.paydesk.payouts.request.domain.PayoutStatus.SUBMITTING"
        + " and p.updatedAt <= :before order by p.updatedAt, p.id")
public class Payout {

    public static final String BY_REFERENCE = "Payout.byReference";
    /** Parameter {@code statuses}: e.g. the approvers' queue, or what the reconciliation must settle. */
    public static final String BY_STATUS = "Payout.byStatus";
    /** Parameter {@code statuses}: e.g. the approvers' count badge. */
    public static final String COUNT_BY_STATUS = "Payout.countByStatus";
    public static final String RECENT = "Payout.recent";
    /** Parameters {@code statuses}, {@code now}: ids of payouts whose status is to be asked of the gateway. */
    public static final String DUE_FOR_CHECK = "Payout.dueForCheck";
    /** Parameter {@code before}: ids of SUBMITTING payouts untouched since then (a crash mid-call). */
    public static final String STALE_SUBMITTING = "Payout.staleSubmitting";

    /** The prefix of payout references ("PayDesk Payout"). */
    public static final String REFERENCE_PREFIX = "PDP";

    /** Statuses the gateway's answers, webhooks and status queries may move a payout to. */
    private static final Set<PayoutStatus> GATEWAY_STATUSES =
            EnumSet.of(PayoutStatus.SUBMITTED, PayoutStatus.UNKNOWN, PayoutStatus.COMPLETED, PayoutStatus.FAILED);
    private static final Pattern RATE_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final Currency RWF = Currency.getInstance("RWF");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 50)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PayoutStatus status;

    @Column(name = "beneficiary_id", nullable = false)
    private Long beneficiaryId;

    /** Where the money goes, in the words the approvers saw ({@link Beneficiary#payoutDetails()}). */
    @Column(name = "beneficiary_details", nullable = false, length = 300)
    private String beneficiaryDetails;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(name = "source_currency", nullable = false, length = 3)
    private String sourceCurrency;

    @Column(name = "destination_currency", nullable = false, length = 3)
    private String destinationCurrency;

    /** The FX quote the maker saw when the currencies differ; null when they are the same. */
    @Column(name = "rate_id", length = 64)
    private String rateId;

    @Column(nullable = false, length = 200)
    private String description;

    /** The amount in RWF the approval tier was chosen by (the caller converts). */
    @Column(name = "amount_in_rwf", nullable = false, precision = 19, scale = 4)
    private BigDecimal amountInRwf;

    @Column(name = "required_approvals", nullable = false)
    private int requiredApprovals;

    /** SHA-256 of the content approvers approve; see {@link #fingerprintOfContent()}. */
    @Column(name = "content_fingerprint", nullable = false, length = 64)
    private String contentFingerprint;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "payout_approval", joinColumns = @JoinColumn(name = "payout_id"))
    @OrderBy("approvedAt")
    private List<Approval> approvals = new ArrayList<>();

    @Column(nullable = false, updatable = false, length = 64)
    private String maker;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "rejected_by", length = 64)
    private String rejectedBy;

    @Column(name = "rejection_reason", length = 500)
    private String rejectionReason;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "gateway_transaction_id", length = 64)
    private String gatewayTransactionId;

    @Column(precision = 19, scale = 4)
    private BigDecimal fee;

    @Column(name = "gateway_code", length = 32)
    private String gatewayCode;

    @Column(name = "gateway_message", length = 500)
    private String gatewayMessage;

    /** The fee the maker and approvers were shown, in the source currency; the gateway's own is {@link #fee}. */
    @Column(name = "expected_fee", precision = 19, scale = 4)
    private BigDecimal expectedFee;

    /** The gateway's transfer id ({@code trf_…}), which its payout webhook calls {@code transaction_id}. */
    @Column(name = "transfer_id", length = 64)
    private String transferId;

    /** Why an approved payout has not been sent yet (e.g. the wallet is short); null when nothing holds it. */
    @Column(name = "hold_reason", length = 300)
    private String holdReason;

    @Column(name = "send_attempts", nullable = false)
    private int sendAttempts;

    /** When the gateway is next asked for this payout's status (UNKNOWN, SUBMITTED). */
    @Column(name = "next_check_at")
    private Instant nextCheckAt;

    @Column(name = "status_checks", nullable = false)
    private int statusChecks;

    /** Sandbox only: the payout simulation context asked for, sent with the request. */
    @Column(name = "simulation_context", length = 40)
    private String simulationContext;

    @Version
    private long version;

    protected Payout() {
        // for JPA
    }

    /**
     * A maker's request, waiting for approval, with a new reference. The beneficiary must be
     * approved and past its cooling-off period. {@code amountInRwf} is {@code amount}
     * converted to RWF by the caller (equal to it for an RWF payout); it chooses the tier.
     */
    public static Payout request(Beneficiary beneficiary, Money amount, Currency destinationCurrency, String rateId,
                                 String description, BigDecimal amountInRwf, ApprovalPolicy policy, String maker,
                                 Duration coolingOff, Instant now) {
        Payout p = new Payout();
        p.maker = requireUser(maker);
        p.reference = Reference.generate(REFERENCE_PREFIX).value();
        p.status = PayoutStatus.AWAITING_APPROVAL;
        p.createdAt = Objects.requireNonNull(now, "now");
        p.apply(beneficiary, amount, destinationCurrency, rateId, description, amountInRwf, policy, coolingOff, now);
        return p;
    }

    /**
     * The maker changes the request while it awaits approval. If anything approvers approve
     * changed, every earlier approval is voided and the approvals start again; answers
     * whether it changed.
     */
    public boolean revise(Beneficiary beneficiary, Money amount, Currency destinationCurrency, String rateId,
                          String description, BigDecimal amountInRwf, ApprovalPolicy policy, String by,
                          Duration coolingOff, Instant now) {
        requireMaker(by, "change");
        if (status != PayoutStatus.AWAITING_APPROVAL) {
            throw wrongState("changed");
        }
        String before = contentFingerprint;
        apply(beneficiary, amount, destinationCurrency, rateId, description, amountInRwf, policy, coolingOff, now);
        if (before.equals(contentFingerprint)) {
            return false;
        }
        voidApprovals("the maker changed the payout", now);
        return true;
    }

    private void apply(Beneficiary beneficiary, Money money, Currency destination, String rate, String text,
                       BigDecimal inRwf, ApprovalPolicy policy, Duration coolingOff, Instant now) {
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(money, "amount");
        Objects.requireNonNull(destination, "destinationCurrency");
        Objects.requireNonNull(policy, "policy");
        if (beneficiary.id() == null) {
            throw new IllegalArgumentException("the beneficiary must be saved before a payout refers to it");
        }
        try {
            beneficiary.checkUsableAt(now, coolingOff);
        } catch (BeneficiaryException e) {
            throw new PayoutException(Refusal.BENEFICIARY_NOT_USABLE, e.getMessage());
        }
        if (!money.isPositive()) {
            throw new PayoutException(Refusal.INVALID, "A payout's amount must be more than zero.");
        }
        if (beneficiary.type() == BeneficiaryType.MOBILE && !beneficiary.country().currency().equals(destination)) {
            throw new PayoutException(Refusal.INVALID, "A mobile-money payout to " + beneficiary.country().label()
                    + " arrives in " + beneficiary.country().getCurrencyCode() + ", not " + destination.getCurrencyCode() + ".");
        }
        String r = rate == null || rate.isBlank() ? null : rate.trim();
        boolean sameCurrency = money.currency().equals(destination);
        if (!sameCurrency && r == null) {
            throw new PayoutException(Refusal.INVALID, "The payout is paid out in " + destination.getCurrencyCode()
                    + ": get an exchange-rate quote first, so everyone approves the same rate.");
        }
        if (r != null && !RATE_ID.matcher(r).matches()) {
            throw new PayoutException(Refusal.INVALID, "'" + r + "' is not an exchange-rate quote of the gateway.");
        }
        String d = text == null ? "" : text.trim().replaceAll("\\s+", " ");
        if (d.isEmpty() || d.length() > 200) {
            throw new PayoutException(Refusal.INVALID, "Say what the payout is for (at most 200 characters).");
        }
        Objects.requireNonNull(inRwf, "amountInRwf");
        if (money.currency().equals(RWF) && inRwf.compareTo(money.amount()) != 0) {
            throw new IllegalArgumentException("an RWF payout's amount in RWF is its amount: " + inRwf + " vs " + money);
        }
        int required = policy.requiredApprovals(inRwf);
        beneficiaryId = beneficiary.id();
        beneficiaryDetails = beneficiary.payoutDetails();
        amount = money.amount();
        sourceCurrency = money.currency().getCurrencyCode();
        destinationCurrency = destination.getCurrencyCode();
        rateId = sameCurrency ? null : r;
        description = d;
        amountInRwf = inRwf;
        requiredApprovals = required;
        contentFingerprint = fingerprintOfContent();
        updatedAt = now;
    }

    /**
     * What an approval is bound to: beneficiary and where the money lands, amount, both
     * currencies, the FX quote, the description and the reference.
     */
    public String fingerprintOfContent() {
        return ContentFingerprint.of(beneficiaryId, beneficiaryDetails, amount.stripTrailingZeros().toPlainString(),
                sourceCurrency, destinationCurrency, rateId, description, reference);
    }

    /**
     * {@code approver} approves the payout as it stands now. Answers whether that was the
     * last approval needed, which makes the payout APPROVED.
     */
    public boolean approve(String approver, ApprovalPolicy policy, Instant now) {
        String user = requireUser(approver);
        if (user.equalsIgnoreCase(maker)) {
            throw new PayoutException(Refusal.SELF_APPROVAL,
                    "You made this payout, so you cannot approve it; another approver must.");
        }
        if (status != PayoutStatus.AWAITING_APPROVAL) {
            throw wrongState("approved");
        }
        if (isExpiredAt(now)) {
            throw expired();
        }
        if (countingApprovals(now).stream().anyMatch(a -> a.isBy(user))) {
            int needed = approvalsStillNeeded(now);
            throw new PayoutException(Refusal.ALREADY_APPROVED, "You have already approved this payout; "
                    + (needed == 1 ? "one more approver is needed." : needed + " more approvers are needed."));
        }
        approvals.add(new Approval(user, now, now.plus(policy.validity()), contentFingerprint));
        updatedAt = now;
        if (countingApprovals(now).size() >= requiredApprovals) {
            status = PayoutStatus.APPROVED;
            approvedAt = now;
            return true;
        }
        return false;
    }

    /** An approver refuses the payout; the reason is shown to the maker. */
    public void reject(String approver, String reason, Instant now) {
        String user = requireUser(approver);
        if (user.equalsIgnoreCase(maker)) {
            throw new PayoutException(Refusal.SELF_APPROVAL,
                    "You made this payout; cancel it instead of rejecting it.");
        }
        if (status != PayoutStatus.AWAITING_APPROVAL) {
            throw wrongState("rejected");
        }
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty()) {
            throw new PayoutException(Refusal.INVALID, "Say why you reject the payout; the maker will read it.");
        }
        if (why.length() > 500) {
            throw new PayoutException(Refusal.INVALID, "The reason may have at most 500 characters.");
        }
        status = PayoutStatus.REJECTED;
        rejectedBy = user;
        rejectionReason = why;
        voidApprovals("the payout was rejected", now);
        updatedAt = now;
    }

    /** The maker withdraws the payout, which is possible until it is sent to the gateway. */
    public void cancel(String by, Instant now) {
        requireMaker(by, "cancel");
        if (!status.isBeforeSubmission()) {
            throw wrongState("cancelled");
        }
        status = PayoutStatus.CANCELLED;
        voidApprovals("the maker cancelled the payout", now);
        updatedAt = now;
    }

    /** Whether an approval it depends on has run out before the payout was sent. */
    public boolean isExpiredAt(Instant now) {
        return status.isBeforeSubmission()
                && approvals.stream().anyMatch(a -> !a.isVoided() && a.isExpiredAt(now));
    }

    /** When the oldest approval it depends on runs out, if it has any. */
    public Instant expiresAt() {
        return approvals.stream().filter(a -> !a.isVoided()).map(Approval::expiresAt).min(Instant::compareTo).orElse(null);
    }

    /** Moves the payout to EXPIRED if its approvals ran out; for the janitor and before any action. */
    public boolean expireIfDue(Instant now) {
        if (!isExpiredAt(now)) {
            return false;
        }
        status = PayoutStatus.EXPIRED;
        updatedAt = now;
        return true;
    }

    /**
     * The last checks before the gateway is called: still approved, approvals unexpired and
     * bound to exactly this content, the beneficiary unchanged since approval and usable.
     * The payout then stays SUBMITTING until the gateway's answer (or UNKNOWN).
     */
    public void startSubmission(Beneficiary beneficiary, Duration coolingOff, Instant now) {
        if (status != PayoutStatus.APPROVED) {
            throw wrongState("sent");
        }
        if (isExpiredAt(now)) {
            throw expired();
        }
        String current = fingerprintOfContent();
        long valid = approvals.stream().filter(a -> a.countsFor(current, now)).map(Approval::approver)
                .map(u -> u.toLowerCase(Locale.ROOT)).distinct().count();
        if (!current.equals(contentFingerprint) || valid < requiredApprovals) {
            throw new PayoutException(Refusal.CONTENT_CHANGED,
                    "The payout is not what its approvers approved; it cannot be sent.");
        }
        if (!Objects.equals(beneficiary.id(), beneficiaryId) || !beneficiary.payoutDetails().equals(beneficiaryDetails)) {
            throw new PayoutException(Refusal.BENEFICIARY_NOT_USABLE,
                    "The beneficiary's details changed after the payout was approved; it cannot be sent.");
        }
        try {
            beneficiary.checkUsableAt(now, coolingOff);
        } catch (BeneficiaryException e) {
            throw new PayoutException(Refusal.BENEFICIARY_NOT_USABLE, e.getMessage());
        }
        status = PayoutStatus.SUBMITTING;
        holdReason = null;
        submittedAt = now;
        updatedAt = now;
    }

    /**
     * The gateway's word (the call's answer, a webhook, a status query) moves the payout to
     * {@code next} if that is forward. Answers whether it moved; a late or repeated answer
     * that would move it backwards changes nothing.
     */
    public boolean advance(PayoutStatus next, String code, String message, Instant now) {
        if (!GATEWAY_STATUSES.contains(next)) {
            throw new IllegalArgumentException("only the gateway's answers move a payout to " + next
                    + "; people act through approve, reject and cancel");
        }
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
        updatedAt = now;
        return true;
    }

    /** What the gateway told us about the transfer, whatever its state. */
    public void noteGatewayDetails(String transactionId, BigDecimal gatewayFee) {
        if (transactionId != null && gatewayTransactionId == null) {
            gatewayTransactionId = clip(transactionId, 64);
        }
        if (gatewayFee != null) {
            fee = gatewayFee;
        }
    }

    /** The fee the people deciding were shown (source currency). */
    public void noteExpectedFee(BigDecimal fee) {
        expectedFee = fee;
    }

    /** Sandbox only: the outcome to simulate; may be chosen while the payout awaits approval. */
    public void simulate(String context) {
        if (!status.isBeforeSubmission()) {
            throw wrongState("changed");
        }
        simulationContext = context == null || context.isBlank() ? null : clip(context.trim(), 40);
    }

    /** An approved payout is held back, e.g. until the wallet can pay it; it stays APPROVED. */
    public void hold(String reason, Instant now) {
        if (status != PayoutStatus.APPROVED) {
            throw wrongState("held");
        }
        holdReason = reason == null ? null : clip(reason, 300);
        updatedAt = now;
    }

    /**
     * The request is about to go to the gateway (again): a first send right after
     * {@link #startSubmission}, or a resend of the same reference after the gateway said it
     * had never received it. Only a SUBMITTING payout is sent; UNKNOWN is never sent again.
     */
    public int countSend(Instant now) {
        if (status != PayoutStatus.SUBMITTING) {
            throw wrongState("sent");
        }
        sendAttempts++;
        holdReason = null;
        updatedAt = now;
        return sendAttempts;
    }

    /** The request did not reach the gateway (unreachable, busy): it stays SUBMITTING and is sent again later. */
    public void notSent(String why, Instant now) {
        if (status != PayoutStatus.SUBMITTING) {
            throw wrongState("sent");
        }
        gatewayMessage = why == null ? null : clip(why, 500);
        updatedAt = now;
    }

    /** What the gateway (or its silence) last said about a payout still under way. */
    public void note(String message, Instant now) {
        if (!status.isFinal() && message != null) {
            gatewayMessage = clip(message, 500);
            updatedAt = now;
        }
    }

    /** Remembers the gateway's transfer id, which its webhooks use. */
    public void noteTransferId(String id) {
        if (id != null && !id.isBlank() && transferId == null) {
            transferId = clip(id, 64);
        }
    }

    /** The status was checked with the gateway (or is due to be): the next check is at {@code next}. */
    public void statusChecked(Instant next, boolean counted) {
        if (counted) {
            statusChecks++;
        }
        nextCheckAt = next;
    }

    /** Approvals that count now for the content as it stands. */
    public List<Approval> countingApprovals(Instant now) {
        return approvals.stream().filter(a -> a.countsFor(contentFingerprint, now)).toList();
    }

    public int approvalsStillNeeded(Instant now) {
        return Math.max(0, requiredApprovals - countingApprovals(now).size());
    }

    private void voidApprovals(String reason, Instant now) {
        approvals.forEach(a -> a.voidFor(reason, now));
    }

    private void requireMaker(String by, String action) {
        if (!requireUser(by).equalsIgnoreCase(maker)) {
            throw new PayoutException(Refusal.NOT_THE_MAKER, "Only " + maker + ", who made this payout, may " + action + " it.");
        }
    }

    private PayoutException wrongState(String action) {
        return new PayoutException(Refusal.WRONG_STATE, "Payout " + reference + " is " + status.label()
                + " and can no longer be " + action + ".");
    }

    private PayoutException expired() {
        return new PayoutException(Refusal.EXPIRED, "The approvals of payout " + reference + " ran out on "
                + WHEN.format(expiresAt()) + "; the maker must make the payout again.");
    }

    private static String requireUser(String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("the acting user is required");
        }
        return user.trim();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long id() { return id; }
    public Reference reference() { return new Reference(reference); }
    public PayoutStatus status() { return status; }
    public Long beneficiaryId() { return beneficiaryId; }
    public String beneficiaryDetails() { return beneficiaryDetails; }
    public Money amount() { return Money.of(amount, Money.currency(sourceCurrency)); }
    public Currency sourceCurrency() { return Money.currency(sourceCurrency); }
    public Currency destinationCurrency() { return Money.currency(destinationCurrency); }
    public String rateId() { return rateId; }
    public String description() { return description; }
    public BigDecimal amountInRwf() { return amountInRwf; }
    public int requiredApprovals() { return requiredApprovals; }
    public String contentFingerprint() { return contentFingerprint; }
    /** Every approval ever given, voided ones included, oldest first. */
    public List<Approval> approvals() { return Collections.unmodifiableList(approvals); }
    public String maker() { return maker; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant approvedAt() { return approvedAt; }
    public String rejectedBy() { return rejectedBy; }
    public String rejectionReason() { return rejectionReason; }
    public Instant submittedAt() { return submittedAt; }
    public String gatewayTransactionId() { return gatewayTransactionId; }
    public BigDecimal fee() { return fee; }
    public String gatewayCode() { return gatewayCode; }
    public String gatewayMessage() { return gatewayMessage; }
    public BigDecimal expectedFee() { return expectedFee; }
    public String transferId() { return transferId; }
    public String holdReason() { return holdReason; }
    public int sendAttempts() { return sendAttempts; }
    public Instant nextCheckAt() { return nextCheckAt; }
    public int statusChecks() { return statusChecks; }
    public String simulationContext() { return simulationContext; }
}
