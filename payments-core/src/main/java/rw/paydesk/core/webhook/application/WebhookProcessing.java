package rw.paydesk.core.webhook.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.webhook.domain.GatewayEvent;
import rw.paydesk.core.webhook.domain.ProcessingStatus;
import rw.paydesk.core.webhook.domain.WebhookEvent;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Processes one stored event per transaction: fires a {@link GatewayEvent} to the observers
 * and stores what they did. When an observer fails, its work and the event's new status roll
 * back together, and {@link #markFailed} records the failure in a transaction of its own.
 * Runs without a user (the processor, a timer) or for an administrator's replay.
 */
@Stateless
@PermitAll
public class WebhookProcessing {

    /**
     * How one attempt ended.
     *
     * @param status the event's status afterwards, or FAILED (then nothing was kept)
     * @param detail the outcome, or the error of a failure
     */
    public record Result(ProcessingStatus status, String detail) {
        boolean failed() {
            return status == ProcessingStatus.FAILED;
        }
    }

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    Event<GatewayEvent> events;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** Ids of the events waiting to be processed, oldest first. */
    public List<Long> pending(int max) {
        return em.createNamedQuery(WebhookEvent.PENDING, Long.class).setMaxResults(max).getResultList();
    }

    /**
     * Processes a RECEIVED event (anything else is left alone, so two processors never both
     * act on it), or, when {@code replay} is set, any stored event again.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result dispatch(long id, boolean replay) {
        WebhookEvent stored = em.find(WebhookEvent.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (stored == null) {
            return new Result(ProcessingStatus.FAILED, "no webhook event #" + id);
        }
        if (replay) {
            stored.replayed();
        } else if (stored.status() != ProcessingStatus.RECEIVED) {
            return new Result(stored.status(), stored.outcome());
        } else {
            Optional<Long> first = em.createNamedQuery(WebhookEvent.SAME_EVENT_BEFORE, Long.class)
                    .setParameter("key", stored.dedupeKey())
                    .setParameter("id", id)
                    .setMaxResults(1)
                    .getResultStream().findFirst();
            if (first.isPresent()) {
                // two deliveries of one event arrived together and both passed the check at the door;
                // the benchmark saw the later one committed, and processed, before the earlier
                stored.duplicateOf(first.get(), clock.instant());
                return new Result(stored.status(), stored.outcome());
            }
        }
        GatewayEvent event = stored.toGatewayEvent(replay).orElse(null);
        if (event == null) {
            return new Result(stored.status(), stored.outcome());
        }
        try {
            events.fire(event);
        } catch (RuntimeException observerFailed) {
            context.setRollbackOnly();
            return new Result(ProcessingStatus.FAILED, describe(observerFailed));
        }
        stored.processed(event.effects(), clock.instant());
        return new Result(stored.status(), stored.outcome());
    }

    /** Records that processing failed; the raw event stays as it was received. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markFailed(long id, String error, boolean replay) {
        WebhookEvent stored = em.find(WebhookEvent.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (stored != null) {
            if (replay && stored.status() != ProcessingStatus.MALFORMED) {
                stored.replayed();
            }
            stored.failed(error, clock.instant());
        }
    }

    /** The most telling message of an exception, without the container's wrapping. */
    static String describe(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof EJBException || t.getMessage() == null) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
