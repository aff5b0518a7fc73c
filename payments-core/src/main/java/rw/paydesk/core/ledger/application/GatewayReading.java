package rw.paydesk.core.ledger.application;

import rw.paydesk.core.gateway.ListedTransaction;
import rw.paydesk.core.gateway.TransactionPage;

import java.util.List;
import java.util.Objects;

/**
 * How far to read the gateway's transaction list in one run. The docs say nothing of its order;
 * the sandbox (like most APIs) lists newest first, and ids grow. So a run reads from offset 0
 * and stops at the first page whose ids are all at or below the {@code floor}: everything
 * after it is older and already synced. A movement added while the run reads only pushes the
 * others to later offsets, so nothing is skipped (some are read twice, which changes nothing).
 * A page in ascending order (oldest first) cannot be cut short that way: then the run reads to
 * the end, starting near where the previous run ended.
 */
final class GatewayReading {

    private GatewayReading() {
    }

    /** The largest id on the page, or {@code null}. */
    static Long highest(TransactionPage page) {
        return page.transactions().stream().map(ListedTransaction::sequence).filter(Objects::nonNull)
                .max(Long::compare).orElse(null);
    }

    /** Whether the page runs oldest first (its first id below its last). */
    static boolean ascending(TransactionPage page) {
        List<Long> ids = page.transactions().stream().map(ListedTransaction::sequence).filter(Objects::nonNull).toList();
        return ids.size() > 1 && ids.get(0) < ids.get(ids.size() - 1);
    }

    /**
     * Whether a newest-first list needs no more pages after this one: every row has an id, and
     * none is above the floor.
     */
    static boolean reachedKnown(TransactionPage page, long floor) {
        return !page.transactions().isEmpty()
                && page.transactions().stream().allMatch(t -> t.sequence() != null && t.sequence() <= floor);
    }
}
