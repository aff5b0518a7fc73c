package rw.paydesk.core.reconciliation.domain;

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
import rw.paydesk.core.ledger.domain.Direction;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A difference between the accounts of one movement, of one {@link DifferenceKind}, from the
 * turn that first found it to the one where it closed. Each change of state answers the
 * {@link DifferenceState} it moved to (empty when nothing changed), so the caller can keep
 * its history.
 *
 * <ul>
 * <li>Found: {@link DifferenceState#EXPECTED}; after the grace period, {@link DifferenceState#EXCEPTION}.</li>
 * <li>Not found any more: {@link DifferenceState#CLEARED}.</li>
 * <li>Explained by a person with a note: {@link DifferenceState#RESOLVED}, and it stays so while
 * the evidence stays the same; new evidence (other amounts, another status) opens it again.</li>
 * </ul>
 */
@Entity
@Table(name = "recon_difference")
@NamedQuery(name = Difference.OF_REFERENCES, query = "select d from Difference d where d.reference in :references")
@NamedQuery(name = Difference.OPEN_REFERENCES, query = "select distinct d.reference from Difference d where d.state in :open")
@NamedQuery(name = Difference.COUNT_IN_STATE, query = "select count(d) from Difference d where d.state = :state")
public class Difference {

    public static final String OF_REFERENCES = "Difference.ofReferences";
    public static final String OPEN_REFERENCES = "Difference.openReferences";
    public static final String COUNT_IN_STATE = "Difference.countInState";
    public static final int NOTE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 24)
    private DifferenceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private DifferenceState state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Direction direction;

    @Column(precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(length = 3)
    private String currency;

    @Column(length = 200)
    private String ours;

    @Column(length = 200)
    private String gateway;

    @Column(length = 200)
    private String webhook;

    @Column(nullable = false, length = 1000)
    private String explanation;

    @Column(name = "first_seen_at", nullable = false, updatable = false)
    private Instant firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "exception_at")
    private Instant exceptionAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(length = NOTE_MAX)
    private String note;

    @Version
    private long version;

    protected Difference() {
        // JPA
    }

    /** A difference a match has just found. */
    public static Difference found(String reference, Direction direction, BigDecimal amount, String currency,
                                   Finding finding, Instant now) {
        Difference d = new Difference();
        d.reference = Objects.requireNonNull(reference);
        d.kind = finding.kind();
        d.direction = Objects.requireNonNull(direction);
        d.amount = amount;
        d.currency = currency;
        d.state = DifferenceState.EXPECTED;
        d.firstSeenAt = now;
        d.take(finding, now);
        return d;
    }

    /**
     * The match found it again. A cleared difference, or a resolved one whose evidence changed,
     * opens again as EXPECTED, from now.
     */
    public Optional<DifferenceState> foundAgain(Finding finding, Instant now) {
        if (finding.kind() != kind) {
            throw new IllegalArgumentException(finding.kind() + " is not " + kind);
        }
        boolean newEvidence = !finding.evidence().equals(evidence());
        take(finding, now);
        if (state == DifferenceState.CLEARED || (state == DifferenceState.RESOLVED && newEvidence)) {
            state = DifferenceState.EXPECTED;
            firstSeenAt = now;
            exceptionAt = null;
            closedAt = null;
            closedBy = null;
            note = null;
            return Optional.of(state);
        }
        return Optional.empty();
    }

    /** An expected difference that has lasted {@code grace} becomes an exception. */
    public Optional<DifferenceState> age(Instant now, Duration grace) {
        if (state == DifferenceState.EXPECTED && !firstSeenAt.plus(grace).isAfter(now)) {
            state = DifferenceState.EXCEPTION;
            exceptionAt = now;
            return Optional.of(state);
        }
        return Optional.empty();
    }

    /** The match no longer finds it: the accounts agree now. */
    public Optional<DifferenceState> gone(Instant now) {
        if (!state.isOpen()) {
            return Optional.empty();
        }
        state = DifferenceState.CLEARED;
        closedAt = now;
        closedBy = null;
        return Optional.of(state);
    }

    /** A person explains it. Only an open difference can be resolved, and only with a note. */
    public DifferenceState resolve(String by, String why, Instant now) {
        String text = why == null ? "" : why.strip();
        if (text.isEmpty()) {
            throw new ReconciliationException("Write a note that says why " + reference + " is resolved.");
        }
        if (text.length() > NOTE_MAX) {
            throw new ReconciliationException("The note is " + text.length() + " characters long; at most " + NOTE_MAX + " are kept.");
        }
        if (!state.isOpen()) {
            throw new ReconciliationException(kind.label() + " of " + reference + " is already " + state.label().toLowerCase()
                    + "; there is nothing left to resolve.");
        }
        state = DifferenceState.RESOLVED;
        closedAt = now;
        closedBy = Objects.requireNonNull(by);
        note = text;
        return state;
    }

    private void take(Finding finding, Instant now) {
        ours = clip(finding.ours(), 200);
        gateway = clip(finding.gateway(), 200);
        webhook = clip(finding.webhook(), 200);
        explanation = clip(finding.explanation(), 1000);
        lastSeenAt = now;
    }

    private String evidence() {
        return ours + "|" + gateway + "|" + webhook;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** How long it has been open (or was, until it closed). */
    public Duration age(Instant now) {
        return Duration.between(firstSeenAt, closedAt != null ? closedAt : now);
    }

    public Long id() { return id; }
    public String reference() { return reference; }
    public DifferenceKind kind() { return kind; }
    public DifferenceState state() { return state; }
    public Direction direction() { return direction; }
    public BigDecimal amount() { return amount; }
    public String currency() { return currency; }
    public String ours() { return ours; }
    public String gateway() { return gateway; }
    public String webhook() { return webhook; }
    public String explanation() { return explanation; }
    public Instant firstSeenAt() { return firstSeenAt; }
    public Instant lastSeenAt() { return lastSeenAt; }
    public Instant exceptionAt() { return exceptionAt; }
    public Instant closedAt() { return closedAt; }
    public String closedBy() { return closedBy; }
    public String note() { return note; }
    public long version() { return version; }
}
