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

import java.time.Instant;
import java.util.Objects;

/** One step in a difference's history: the state it moved to, when, by whom, and why. Never changed. */
@Entity
@Table(name = "recon_difference_event")
@NamedQuery(name = DifferenceEvent.OF_DIFFERENCE,
        query = "select e from DifferenceEvent e where e.differenceId = :id order by e.id")
public class DifferenceEvent {

    public static final String OF_DIFFERENCE = "DifferenceEvent.ofDifference";
    /** The actor of the steps reconciliation takes by itself. */
    public static final String RECONCILIATION = "reconciliation";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "difference_id", nullable = false, updatable = false)
    private Long differenceId;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private DifferenceState state;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(updatable = false, length = Difference.NOTE_MAX)
    private String note;

    protected DifferenceEvent() {
        // JPA
    }

    public DifferenceEvent(long differenceId, Instant at, DifferenceState state, String actor, String note) {
        this.differenceId = differenceId;
        this.at = Objects.requireNonNull(at);
        this.state = Objects.requireNonNull(state);
        this.actor = Objects.requireNonNull(actor);
        this.note = note == null || note.length() <= Difference.NOTE_MAX ? note : note.substring(0, Difference.NOTE_MAX);
    }

    public Long id() { return id; }
    public Long differenceId() { return differenceId; }
    public Instant at() { return at; }
    public DifferenceState state() { return state; }
    public String actor() { return actor; }
    public String note() { return note; }
}
