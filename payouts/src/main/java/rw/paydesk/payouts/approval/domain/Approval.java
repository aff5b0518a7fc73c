package rw.paydesk.payouts.approval.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.Objects;

/**
 * One person's approval of one exact content (its fingerprint), valid until its expiry.
 * Voided approvals are kept, with the reason, so the history shows who approved what.
 */
@Embeddable
public class Approval {

    @Column(name = "approver", nullable = false, length = 64)
    private String approver;

    @Column(name = "approved_at", nullable = false)
    private Instant approvedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "fingerprint", nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "void_reason", length = 200)
    private String voidReason;

    protected Approval() {
        // for JPA
    }

    public Approval(String approver, Instant approvedAt, Instant expiresAt, String fingerprint) {
        this.approver = Objects.requireNonNull(approver, "approver");
        this.approvedAt = Objects.requireNonNull(approvedAt, "approvedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** Whether this approval still counts for {@code currentFingerprint} at {@code now}. */
    public boolean countsFor(String currentFingerprint, Instant now) {
        return voidedAt == null && fingerprint.equals(currentFingerprint) && now.isBefore(expiresAt);
    }

    public boolean isVoided() {
        return voidedAt != null;
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** The approval stops counting, for the reason given (an edit, a rejection...). */
    public void voidFor(String reason, Instant now) {
        if (voidedAt == null) {
            voidedAt = now;
            voidReason = reason.length() <= 200 ? reason : reason.substring(0, 200);
        }
    }

    public boolean isBy(String user) {
        return approver.equalsIgnoreCase(user);
    }

    public String approver() { return approver; }
    public Instant approvedAt() { return approvedAt; }
    public Instant expiresAt() { return expiresAt; }
    public String fingerprint() { return fingerprint; }
    public Instant voidedAt() { return voidedAt; }
    public String voidReason() { return voidReason; }
}
