package rw.paydesk.payouts.batch.domain;

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
import rw.paydesk.core.gateway.Payee;
import rw.paydesk.core.money.Money;
import rw.paydesk.core.party.Country;
import rw.paydesk.core.party.PhoneNumber;
import rw.paydesk.core.party.Reference;
import rw.paydesk.payouts.approval.domain.ContentFingerprint;
import rw.paydesk.payouts.beneficiary.domain.BeneficiaryType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * One payout of a batch, with its own reference generated at upload and stored before any
 * call, so that it is sent to the gateway exactly once. Its payee details are inline (no
 * saved beneficiary is needed): the batch's approval is the control.
 *
 * <p>Rows are inserted in bulk by JDBC ({@code BatchRowWriter}); this mapping reads and
 * updates them.
 */
@Entity
@Table(name = "payout_batch_row")
@NamedQuery(name = BatchRow.BY_REFERENCE, query = "select r from BatchRow r where r.reference = :reference")
@NamedQuery(name = BatchRow.BY_TRANSFER, query = "select r from BatchRow r where r.transferId = :transferId")
@NamedQuery(name = BatchRow.OF_BATCH, query = "select r from BatchRow r where r.batchId = :batchId order by r.line")
@NamedQuery(name = BatchRow.IDS_BY_STATUS, query = "select r.id from BatchRow r where r.batchId = :batchId"
        + " and r.status = :status order by r.line")
@NamedQuery(name = BatchRow.COUNTS, query = "select r.status, count(r), sum(r.amount), sum(r.fee) from BatchRow r"
        + " where r.batchId = :batchId group by r.status")
@NamedQuery(name = BatchRow.STALE_SENDING, query = "select r.id from BatchRow r where r.status ="
        + " rw.paydesk.payouts.batch.domain.BatchRowStatus.SENDING and r.updatedAt <= :before order by r.updatedAt, r.id")
@NamedQuery(name = BatchRow.DUE_FOR_CHECK, query = "select r.id from BatchRow r where r.status in :statuses"
        + " and r.nextCheckAt <= :now order by r.nextCheckAt, r.id")
public class BatchRow {

    public static final String BY_REFERENCE = "BatchRow.byReference";
    public static final String BY_TRANSFER = "BatchRow.byTransfer";
    public static final String OF_BATCH = "BatchRow.ofBatch";
    /** Parameters {@code batchId}, {@code status}. */
    public static final String IDS_BY_STATUS = "BatchRow.idsByStatus";
    /** Parameter {@code batchId}: per status, the count, the amount and the gateway's fees. */
    public static final String COUNTS = "BatchRow.counts";
    /** Parameter {@code before}: rows left SENDING since then (a crash mid-call, or the gateway unreachable). */
    public static final String STALE_SENDING = "BatchRow.staleSending";
    /** Parameters {@code statuses}, {@code now}. */
    public static final String DUE_FOR_CHECK = "BatchRow.dueForCheck";

    /** The prefix of row references ("PayDesk Row"). */
    public static final String REFERENCE_PREFIX = "PDR";

    private static final Currency RWF = Currency.getInstance("RWF");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "batch_id", nullable = false, updatable = false)
    private Long batchId;

    /** Where the row starts in the uploaded file. */
    @Column(name = "line_number", nullable = false, updatable = false)
    private int line;

    @Column(nullable = false, unique = true, updatable = false, length = 50)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 8)
    private BeneficiaryType type;

    @Column(name = "bank_code", length = 50, updatable = false)
    private String bankCode;

    @Column(name = "bank_name", length = 100, updatable = false)
    private String bankName;

    @Column(name = "account_number", length = 34, updatable = false)
    private String accountNumber;

    /** Rwandan national significant number, as {@link PhoneNumber#national()}. */
    @Column(length = 20, updatable = false)
    private String phone;

    @Column(length = 20, updatable = false)
    private String provider;

    @Column(name = "first_name", nullable = false, length = 50, updatable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 50, updatable = false)
    private String lastName;

    @Column(length = 254, updatable = false)
    private String email;

    /** Whole RWF. */
    @Column(nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 200, updatable = false)
    private String description;

    @Column(name = "simulation_context", length = 40, updatable = false)
    private String simulationContext;

    /** {@link BatchLine#payeeKey()}: how duplicates over time are found. */
    @Column(name = "payee_key", nullable = false, length = 100, updatable = false)
    private String payeeKey;

    /** No approved beneficiary has these details: shown to the approvers. */
    @Column(name = "new_payee", nullable = false, updatable = false)
    private boolean newPayee;

    @Column(name = "expected_fee", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal expectedFee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private BatchRowStatus status;

    @Column(name = "send_attempts", nullable = false)
    private int sendAttempts;

    @Column(name = "gateway_transaction_id", length = 64)
    private String gatewayTransactionId;

    /** The gateway's transfer id ({@code trf_…}), which its payout webhook calls {@code transaction_id}. */
    @Column(name = "transfer_id", length = 64)
    private String transferId;

    /** The gateway's fee, once it said it. */
    @Column(precision = 19, scale = 4)
    private BigDecimal fee;

    @Column(name = "gateway_code", length = 32)
    private String gatewayCode;

    @Column(name = "gateway_message", length = 500)
    private String gatewayMessage;

    @Column(name = "next_check_at")
    private Instant nextCheckAt;

    @Column(name = "status_checks", nullable = false)
    private int statusChecks;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected BatchRow() {
        // for JPA
    }

    /** A checked line of a file becomes a row of a batch, with a new reference, waiting to be sent. */
    public static BatchRow of(BatchLine line, Instant now) {
        BatchRow r = new BatchRow();
        r.line = line.line();
        r.reference = Reference.generate(REFERENCE_PREFIX).value();
        r.type = line.type();
        r.bankCode = line.bankCode();
        r.bankName = line.bankName();
        r.accountNumber = line.accountNumber();
        r.phone = line.phone() == null ? null : line.phone().national();
        r.provider = line.provider();
        r.firstName = line.firstName();
        r.lastName = line.lastName();
        r.email = line.email();
        r.amount = line.amount();
        r.description = line.description();
        r.simulationContext = line.simulation();
        r.payeeKey = line.payeeKey();
        r.newPayee = line.newPayee();
        r.expectedFee = line.expectedFee();
        r.status = BatchRowStatus.PENDING;
        r.createdAt = Objects.requireNonNull(now, "now");
        r.updatedAt = now;
        return r;
    }

    /** Before the rows are written: the batch they belong to. */
    public void belongsTo(long batch) {
        if (batchId != null) {
            throw new IllegalStateException("row " + reference + " already belongs to batch " + batchId);
        }
        batchId = batch;
    }

    /**
     * SHA-256 of what an approver approves of this row: reference, where the money goes,
     * names, amount and description. The batch's fingerprint is made of these.
     */
    public String fingerprint() {
        return ContentFingerprint.of(reference, line, type, bankCode, accountNumber, phone, provider, firstName, lastName,
                email, amount.stripTrailingZeros().toPlainString(), description, simulationContext);
    }

    /**
     * The gateway's word moves the row to {@code next} if that is forward; answers whether it
     * moved. A late or repeated answer that would move it backwards changes nothing.
     */
    public boolean advance(BatchRowStatus next, String code, String message, Instant now) {
        if (next == BatchRowStatus.PENDING || next == BatchRowStatus.SENDING || next == BatchRowStatus.CANCELLED) {
            throw new IllegalArgumentException("only the gateway's answers move a row to " + next);
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

    /** What the gateway (or its silence) last said about a row still under way. */
    public void note(String message, Instant now) {
        if (!status.isFinal() && message != null) {
            gatewayMessage = clip(message, 500);
            updatedAt = now;
        }
    }

    public void noteGatewayDetails(String transactionId, BigDecimal gatewayFee) {
        if (transactionId != null && gatewayTransactionId == null) {
            gatewayTransactionId = clip(transactionId, 64);
        }
        if (gatewayFee != null) {
            fee = gatewayFee;
        }
    }

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

    /** The instruction for the gateway, the same at every (re)send of this reference. */
    public Payee payee() {
        return type == BeneficiaryType.BANK
                ? Payee.bank(bankCode, accountNumber, firstName, lastName, email)
                : Payee.mobile(phoneNumber(), provider, firstName, lastName, email);
    }

    /** For people: "Access Bank Rwanda 100200300400, Grace Uwase" or "MTN 0788 123 456, Jean Mugisha". */
    public String payeeText() {
        return (type == BeneficiaryType.BANK ? bankName + " " + accountNumber : provider + " " + phoneNumber().display())
                + ", " + firstName + " " + lastName;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long id() { return id; }
    public Long batchId() { return batchId; }
    public int line() { return line; }
    public Reference reference() { return new Reference(reference); }
    public BeneficiaryType type() { return type; }
    public String bankCode() { return bankCode; }
    public String bankName() { return bankName; }
    public String accountNumber() { return accountNumber; }
    public PhoneNumber phoneNumber() { return phone == null ? null : PhoneNumber.parse(Country.RW, phone); }
    public String provider() { return provider; }
    public String firstName() { return firstName; }
    public String lastName() { return lastName; }
    public String email() { return email; }
    public Money amount() { return Money.of(amount, RWF); }
    public String description() { return description; }
    public String simulationContext() { return simulationContext; }
    public String payeeKey() { return payeeKey; }
    public boolean newPayee() { return newPayee; }
    public BigDecimal expectedFee() { return expectedFee; }
    public BatchRowStatus status() { return status; }
    public int sendAttempts() { return sendAttempts; }
    public String gatewayTransactionId() { return gatewayTransactionId; }
    public String transferId() { return transferId; }
    public BigDecimal fee() { return fee; }
    public String gatewayCode() { return gatewayCode; }
    public String gatewayMessage() { return gatewayMessage; }
    public Instant nextCheckAt() { return nextCheckAt; }
    public int statusChecks() { return statusChecks; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
