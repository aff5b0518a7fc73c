package rw.paydesk.payouts.batch.application;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The batches this node is sending right now, so that the sweep does not start a second
 * sender beside the first. Other nodes are kept off each row by the claim itself.
 */
@ApplicationScoped
public class SendingNow {

    private final Set<Long> batches = ConcurrentHashMap.newKeySet();

    /** Answers false if this node already sends the batch. */
    public boolean begin(long batchId) {
        return batches.add(batchId);
    }

    public void end(long batchId) {
        batches.remove(batchId);
    }

    public boolean contains(long batchId) {
        return batches.contains(batchId);
    }
}
