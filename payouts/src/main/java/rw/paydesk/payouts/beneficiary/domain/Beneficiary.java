package rw.paydesk.payouts.beneficiary.domain;

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
import rw.paydesk.core.party.Country;
import rw.paydesk.core.party.EmailAddress;
import rw.paydesk.core.party.PhoneNumber;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A bank account or mobile wallet that payouts may go to. Its payout details are approved
 * by someone other than the person who entered them, and it can be paid only once the
 * cooling-off period after that approval has passed: a fraudster who slips in an account
 * number has neither a single pair of eyes nor an instant payout on their side.
 */
@Entity
@Table(name = "beneficiary")
@NamedQuery(name = Beneficiary.ALL, query = "select b from Beneficiary b order by b.lastName, b.firstName, b.id")
@NamedQuery(name = Beneficiary.BY_STATUS, query = "select b from Beneficiary b where b.status = :status order by b.changedAt, b.id")
@NamedQuery(name = Beneficiary.COUNT_BY_STATUS, query = "select count(b) from Beneficiary b where b.status = :status")
public class Beneficiary {

    public static final String ALL = "Beneficiary.all";
    public static final String BY_STATUS = "Beneficiary.byStatus";
    public static final String COUNT_BY_STATUS = "Beneficiary.countByStatus";

    /** How long a newly approved beneficiary waits before its first payout, unless configured otherwise. */
    public static final Duration DEFAULT_COOLING_OFF = Duration.ofHours(24);

    private static final Pattern BANK_CODE = Pattern.compile("[a-z0-9_]{2,50}");
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("\\d{5,34}");
    private static final Pattern NAME = Pattern.compile("[\\p{L} ,.'-]{1,50}");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 8)
    private BeneficiaryType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BeneficiaryStatus status;

    @Column(name = "first_name", nullable = false, length = 50)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 50)
    private String lastName;

    @Column(length = 254)
    private String email;

    /** The gateway's {@code bank_code_name}, e.g. {@code access_rwanda}. */
    @Column(name = "bank_code", length = 50)
    private String bankCode;

    @Column(name = "bank_name", length = 100)
    private String bankName;

    @Column(name = "account_number", length = 34)
    private String accountNumber;

    @Column(length = 2)
    private String country;

    @Column(length = 20)
    private String provider;

    /** National significant number, as {@link PhoneNumber#national()}. */
    @Column(length = 20)
    private String phone;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Who entered the payout details now in force: the one person who may not approve them. */
    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "disabled_by", length = 64)
    private String disabledBy;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Version
    private long version;

    protected Beneficiary() {
        // for JPA
    }

    /** A bank account, waiting for approval. {@code bankCode} and {@code bankName} come from the gateway's bank list. */
    public static Beneficiary bank(String bankCode, String bankName, String accountNumber, String firstName,
                                   String lastName, String email, String createdBy, Instant now) {
        Beneficiary b = new Beneficiary();
        b.type = BeneficiaryType.BANK;
        b.created(createdBy, now);
        b.applyBank(bankCode, bankName, accountNumber, firstName, lastName, email);
        return b;
    }

    /** A mobile-money wallet, waiting for approval. The provider must be the number's operator. */
    public static Beneficiary mobile(PhoneNumber phone, String provider, String firstName, String lastName,
                                     String email, String createdBy, Instant now) {
        Beneficiary b = new Beneficiary();
        b.type = BeneficiaryType.MOBILE;
        b.created(createdBy, now);
        b.applyMobile(phone, provider, firstName, lastName, email);
        return b;
    }

    private void created(String by, Instant now) {
        createdBy = requireUser(by);
        createdAt = Objects.requireNonNull(now, "now");
        changedBy = createdBy;
        changedAt = now;
        status = BeneficiaryStatus.PENDING_APPROVAL;
    }

    /**
     * New bank details. If anything a payout depends on changed, the beneficiary waits for
     * approval again and its cooling-off starts afresh; a new email alone changes nothing.
     */
    public void changeBankDetails(String bankCode, String bankName, String accountNumber, String firstName,
                                  String lastName, String email, String by, Instant now) {
        requireType(BeneficiaryType.BANK);
        requireNotDisabled();
        String before = payoutDetails();
        applyBank(bankCode, bankName, accountNumber, firstName, lastName, email);
        afterChange(before, by, now);
    }

    /** New wallet details; as {@link #changeBankDetails}, a change of where the money goes needs approval again. */
    public void changeMobileDetails(PhoneNumber phone, String provider, String firstName, String lastName,
                                    String email, String by, Instant now) {
        requireType(BeneficiaryType.MOBILE);
        requireNotDisabled();
        String before = payoutDetails();
        applyMobile(phone, provider, firstName, lastName, email);
        afterChange(before, by, now);
    }

    private void afterChange(String before, String by, Instant now) {
        String user = requireUser(by);
        if (before.equals(payoutDetails())) {
            return;
        }
        changedBy = user;
        changedAt = Objects.requireNonNull(now, "now");
        status = BeneficiaryStatus.PENDING_APPROVAL;
        approvedBy = null;
        approvedAt = null;
    }

    private void applyBank(String code, String name, String number, String first, String last, String mail) {
        String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        if (!BANK_CODE.matcher(c).matches()) {
            throw new BeneficiaryException("Choose the bank from the gateway's list of banks.");
        }
        String n = name == null ? "" : name.trim();
        if (n.isEmpty() || n.length() > 100) {
            throw new BeneficiaryException("The bank's name is required (at most 100 characters).");
        }
        String digits = number == null ? "" : number.replaceAll("[\\s-]", "");
        if (!ACCOUNT_NUMBER.matcher(digits).matches()) {
            throw new BeneficiaryException("An account number has 5 to 34 digits only.");
        }
        String m = email(mail);
        if (m == null) {
            throw new BeneficiaryException("The account holder's email is required for a bank payout.");
        }
        applyNames(first, last);
        bankCode = c;
        bankName = n;
        accountNumber = digits;
        email = m;
    }

    private void applyMobile(PhoneNumber number, String providerName, String first, String last, String mail) {
        Objects.requireNonNull(number, "phone");
        Country c = number.country();
        String p = c.provider(providerName).orElseThrow(() -> new BeneficiaryException(
                "'" + providerName + "' does not pay out in " + c.label() + ". Choose one of " + c.providers() + "."));
        Optional<String> operator = number.detectedProvider();
        if (operator.isPresent() && !operator.get().equals(p)) {
            throw new BeneficiaryException(number.display() + " is an " + operator.get() + " number, not " + p + ".");
        }
        applyNames(first, last);
        country = c.name();
        provider = p;
        phone = number.national();
        email = email(mail);
    }

    private void applyNames(String first, String last) {
        String f = name(first, "first name");
        String l = name(last, "last name");
        firstName = f;
        lastName = l;
    }

    private static String name(String value, String what) {
        String v = value == null ? "" : value.trim().replaceAll("\\s+", " ");
        if (v.isEmpty() || v.length() > 50) {
            throw new BeneficiaryException("The account holder's " + what + " is required (at most 50 characters).");
        }
        if (!NAME.matcher(v).matches()) {
            throw new BeneficiaryException("The account holder's " + what + " may hold letters, spaces and , . ' - only.");
        }
        return v;
    }

    /** Optional here; a bank payout requires it (see {@link #applyBank}). */
    private static String email(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new EmailAddress(value).value();
        } catch (IllegalArgumentException e) {
            throw new BeneficiaryException(e.getMessage());
        }
    }

    /** A second person approves the details now in force; the one who entered them cannot. */
    public void approve(String approver, Instant now) {
        String user = requireUser(approver);
        if (status != BeneficiaryStatus.PENDING_APPROVAL) {
            throw new BeneficiaryException(status == BeneficiaryStatus.APPROVED
                    ? displayName() + " is already approved."
                    : displayName() + " is disabled and cannot be approved.");
        }
        if (user.equalsIgnoreCase(changedBy)) {
            throw new BeneficiaryException("You entered these details for " + displayName()
                    + "; another approver must check them.");
        }
        status = BeneficiaryStatus.APPROVED;
        approvedBy = user;
        approvedAt = Objects.requireNonNull(now, "now");
    }

    /** No more payouts to this beneficiary, for good. Payouts already sent are not affected. */
    public void disable(String by, Instant now) {
        String user = requireUser(by);
        requireNotDisabled();
        status = BeneficiaryStatus.DISABLED;
        disabledBy = user;
        disabledAt = Objects.requireNonNull(now, "now");
    }

    /** When payouts may start, or empty while the details are not approved. */
    public Optional<Instant> usableFrom(Duration coolingOff) {
        return status == BeneficiaryStatus.APPROVED ? Optional.of(approvedAt.plus(coolingOff)) : Optional.empty();
    }

    public boolean isUsableAt(Instant now, Duration coolingOff) {
        return usableFrom(coolingOff).map(from -> !now.isBefore(from)).orElse(false);
    }

    /** Refuses, with the reason a finance user can act on, unless a payout may go to this beneficiary now. */
    public void checkUsableAt(Instant now, Duration coolingOff) {
        switch (status) {
            case PENDING_APPROVAL -> throw new BeneficiaryException(displayName()
                    + " is waiting for an approver to check the payout details.");
            case DISABLED -> throw new BeneficiaryException(displayName() + " is disabled.");
            case APPROVED -> {
                Instant from = approvedAt.plus(coolingOff);
                if (now.isBefore(from)) {
                    throw new BeneficiaryException(displayName() + " was approved recently and can receive payouts from "
                            + WHEN.format(from) + ".");
                }
            }
        }
    }

    /**
     * Where the money goes, in words: what an approver of a payout sees and what the payout's
     * approval is bound to. Any change of it needs a new approval.
     */
    public String payoutDetails() {
        String holder = firstName + " " + lastName;
        return type == BeneficiaryType.BANK
                ? "Bank " + bankName + " (" + bankCode + ") account " + accountNumber + ", " + holder
                : provider + " " + Country.of(country).label() + " " + phoneNumber().display() + ", " + holder;
    }

    public String displayName() {
        return firstName + " " + lastName;
    }

    private void requireType(BeneficiaryType expected) {
        if (type != expected) {
            throw new BeneficiaryException(displayName() + " is a " + type.name().toLowerCase(Locale.ROOT)
                    + " beneficiary; create a new beneficiary for a " + expected.name().toLowerCase(Locale.ROOT) + " payout.");
        }
    }

    private void requireNotDisabled() {
        if (status == BeneficiaryStatus.DISABLED) {
            throw new BeneficiaryException(displayName() + " is disabled; create a new beneficiary instead.");
        }
    }

    private static String requireUser(String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("the acting user is required");
        }
        return user.trim();
    }

    public Long id() { return id; }
    public BeneficiaryType type() { return type; }
    public BeneficiaryStatus status() { return status; }
    public String firstName() { return firstName; }
    public String lastName() { return lastName; }
    public String email() { return email; }
    public String bankCode() { return bankCode; }
    public String bankName() { return bankName; }
    public String accountNumber() { return accountNumber; }
    public Country country() { return country == null ? null : Country.of(country); }
    public String provider() { return provider; }
    public PhoneNumber phoneNumber() { return phone == null ? null : PhoneNumber.parse(Country.of(country), phone); }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public String changedBy() { return changedBy; }
    public Instant changedAt() { return changedAt; }
    public String approvedBy() { return approvedBy; }
    public Instant approvedAt() { return approvedAt; }
    public String disabledBy() { return disabledBy; }
    public Instant disabledAt() { return disabledAt; }
}
