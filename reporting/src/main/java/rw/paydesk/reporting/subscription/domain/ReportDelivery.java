package rw.paydesk.reporting.subscription.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The mail of one run to one recipient, sent and retried on its own, so that one bad address
 * or one failed try never holds back or loses anybody else's mail. Each try is claimed
 * (committed as SENDING, optimistic lock) before the mail server is called, so one node sends
 * it; a try interrupted by a stopped node is made again with the same Message-ID.
 */
@Entity
@Table(name = "report_delivery")
public class ReportDelivery {

    /** Where a sent mail went. */
    public enum Transport {
        SMTP, OUTBOX
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private Long runId;

    @Column(nullable = false, updatable = false, length = 254)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Transport transport;

    @Column(name = "message_id", nullable = false, updatable = false, length = 200)
    private String messageId;

    @Column(length = 1000)
    private String error;

    @Version
    private long version;

    protected ReportDelivery() {
        // JPA
    }

    public static ReportDelivery of(Long runId, String recipient, String messageId, Instant now) {
        ReportDelivery d = new ReportDelivery();
        d.runId = Objects.requireNonNull(runId);
        d.recipient = Objects.requireNonNull(recipient);
        d.messageId = Objects.requireNonNull(messageId);
        d.status = DeliveryStatus.PENDING;
        d.nextAttemptAt = now;
        return d;
    }

    /**
     * Whether a try is due: waiting or retrying and its time has come, or left SENDING by a node
     * that stopped before {@code staleBefore}.
     */
    public boolean due(Instant now, Instant staleBefore) {
        return switch (status) {
            case PENDING, RETRYING -> nextAttemptAt == null || !nextAttemptAt.isAfter(now);
            case SENDING -> lastAttemptAt == null || lastAttemptAt.isBefore(staleBefore);
            case SENT, FAILED -> false;
        };
    }

    /** The try starts: committed before the mail server is called. */
    public void claim(Instant now) {
        if (status.finished()) {
            throw new IllegalStateException("delivery " + id + " is already " + status);
        }
        status = DeliveryStatus.SENDING;
        attempts++;
        lastAttemptAt = now;
        nextAttemptAt = null;
    }

    public void sent(Transport via, Instant now) {
        status = DeliveryStatus.SENT;
        transport = via;
        sentAt = now;
        error = null;
    }

    /**
     * The try failed. A permanent failure (the server refused the address) ends the delivery;
     * any other is tried again after the next delay of {@code retryDelays}, until they run out.
     */
    public void failed(String why, boolean permanent, List<Duration> retryDelays, Instant now) {
        error = ReportRun.clip(why, 1000);
        if (permanent || attempts > retryDelays.size()) {
            status = DeliveryStatus.FAILED;
            nextAttemptAt = null;
            if (!permanent) {
                error = ReportRun.clip("Gave up after " + attempts + " tries. " + why, 1000);
            }
        } else {
            status = DeliveryStatus.RETRYING;
            nextAttemptAt = now.plus(retryDelays.get(attempts - 1));
        }
    }

    public Long id() {
        return id;
    }

    public Long runId() {
        return runId;
    }

    public String recipient() {
        return recipient;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Transport transport() {
        return transport;
    }

    public String messageId() {
        return messageId;
    }

    public String error() {
        return error;
    }
}
