package rw.paydesk.core.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the append-only audit log: who did what, to what, when, and from where.
 * Every column is insert-only; the PostgreSQL schema also refuses UPDATE and DELETE.
 * Details never hold a password, a secret or card data: callers pass facts, not inputs.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final int DETAIL_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Column(updatable = false, length = 120)
    private String target;

    @Column(updatable = false, length = DETAIL_MAX)
    private String detail;

    @Column(name = "remote_address", updatable = false, length = 64)
    private String remoteAddress;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant occurredAt, String actor, AuditAction action, String target, String detail,
                      String remoteAddress) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = clip(Objects.requireNonNull(actor), 64);
        this.action = Objects.requireNonNull(action);
        this.target = clip(target, 120);
        this.detail = clip(detail, DETAIL_MAX);
        this.remoteAddress = clip(remoteAddress, 64);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public AuditAction action() {
        return action;
    }

    public String target() {
        return target;
    }

    public String detail() {
        return detail;
    }

    public String remoteAddress() {
        return remoteAddress;
    }
}
