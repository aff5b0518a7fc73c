package rw.paydesk.core.ledger.application;

import rw.paydesk.core.ledger.domain.Movement;

import java.time.Instant;
import java.util.List;

/**
 * A kind of PayDesk record that moves money, as the ledger reads it. Modules above
 * payments-core (payouts) implement it as a CDI bean; the ledger finds every implementation,
 * so it never imports them: the dependency still runs one way.
 */
public interface MovementSource {

    /** A short stable name (it keys where the sync got to), e.g. {@code charges}. */
    String name();

    /**
     * Records that changed at or after {@code since}, oldest change first, at most {@code max};
     * records that have not (yet) moved money are left out.
     */
    List<Movement> changedSince(Instant since, int max);

    /**
     * Our reference of a row of the gateway's list that carries the gateway's own reference
     * instead (APIs that take none of ours), or empty when this source has no such record.
     */
    default java.util.Optional<String> ourReference(rw.paydesk.core.gateway.ListedTransaction row) {
        return java.util.Optional.empty();
    }
}
