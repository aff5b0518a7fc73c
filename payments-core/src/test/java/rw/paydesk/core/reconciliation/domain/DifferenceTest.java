package rw.paydesk.core.reconciliation.domain;

import org.junit.jupiter.api.Test;
import rw.paydesk.core.ledger.domain.Direction;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DifferenceTest {

    private static final Instant T = Instant.parse("2026-11-23T08:00:00Z");
    private static final Duration GRACE = Duration.ofHours(1);
    private static final Finding AMOUNT = new Finding(DifferenceKind.AMOUNT, "RWF 5,000", "RWF 4,500", null, "differs");

    @Test
    void anExpectedDifferenceBecomesAnExceptionOnlyAfterTheGracePeriod() {
        Difference d = found();
        assertEquals(Optional.empty(), d.age(T.plus(GRACE).minusSeconds(1), GRACE));
        assertEquals(Optional.of(DifferenceState.EXCEPTION), d.age(T.plus(GRACE), GRACE));
        assertEquals(Optional.empty(), d.age(T.plus(GRACE).plusSeconds(5), GRACE));
    }

    @Test
    void aDifferenceThatGoesAwayIsClearedAndOpensAgainIfItComesBack() {
        Difference d = found();
        assertEquals(Optional.of(DifferenceState.CLEARED), d.gone(T.plusSeconds(60)));
        assertEquals(Optional.empty(), d.gone(T.plusSeconds(90)));
        assertEquals(Optional.of(DifferenceState.EXPECTED), d.foundAgain(AMOUNT, T.plusSeconds(120)));
        assertEquals(T.plusSeconds(120), d.firstSeenAt());
    }

    @Test
    void aResolvedDifferenceStaysResolvedUntilTheEvidenceChanges() {
        Difference d = found();
        d.resolve("approver", "Provider credited 4,500; customer refunded 500 by phone", T.plusSeconds(60));
        assertEquals(Optional.empty(), d.foundAgain(AMOUNT, T.plusSeconds(120)));
        assertEquals(DifferenceState.RESOLVED, d.state());
        Finding changed = new Finding(DifferenceKind.AMOUNT, "RWF 5,000", "RWF 4,000", null, "differs more");
        assertEquals(Optional.of(DifferenceState.EXPECTED), d.foundAgain(changed, T.plusSeconds(180)));
        assertEquals(null, d.note());
    }

    @Test
    void resolvingNeedsANoteAndAnOpenDifference() {
        Difference d = found();
        assertThrows(ReconciliationException.class, () -> d.resolve("approver", "  ", T));
        assertThrows(ReconciliationException.class, () -> d.resolve("approver", "x".repeat(1001), T));
        d.gone(T.plusSeconds(1));
        ReconciliationException e = assertThrows(ReconciliationException.class, () -> d.resolve("approver", "seen", T));
        assertEquals("Amount differs of MM1000001 is already cleared; there is nothing left to resolve.", e.getMessage());
    }

    private static Difference found() {
        return Difference.found("MM1000001", Direction.COLLECTION, new BigDecimal("5000"), "RWF", AMOUNT, T);
    }
}
