package rw.paydesk.core.reconciliation.domain;

import org.junit.jupiter.api.Test;
import rw.paydesk.core.gateway.ListedTransaction;
import rw.paydesk.core.ledger.domain.Direction;
import rw.paydesk.core.ledger.domain.LedgerEntry;
import rw.paydesk.core.ledger.domain.LedgerStatus;
import rw.paydesk.core.ledger.domain.Movement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatcherTest {

    private static final Instant T = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void threeAccountsThatAgreeGiveNothing() {
        LedgerEntry e = both(LedgerStatus.SUCCESSFUL, "SUCCESSFUL", "5000", "350", "successful", "5000", "350");
        assertEquals(List.of(), Matcher.compare(e, applied("successful", "5000", "350")));
    }

    @Test
    void aMovementOnlyTheGatewayHasIsMissingHere() {
        LedgerEntry e = LedgerEntry.fromGateway(listed("GWONLY001", "successful", "2500", "175"), T).orElseThrow();
        List<Finding> found = Matcher.compare(e, null);
        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals(DifferenceKind.MISSING_HERE, f.kind());
        assertEquals("RWF 2,500, successful", f.gateway());
        assertTrue(f.explanation().contains("never made"), f.explanation());
    }

    @Test
    void aSentRecordTheGatewayDoesNotListIsMissingThere() {
        LedgerEntry e = LedgerEntry.fromLocal(movement(LedgerStatus.PENDING, "PENDING", "5000", null), T);
        assertEquals(DifferenceKind.MISSING_AT_GATEWAY, Matcher.compare(e, null).get(0).kind());

        LedgerEntry unknown = LedgerEntry.fromLocal(movement(LedgerStatus.UNKNOWN, "UNKNOWN", "5000", null), T);
        assertTrue(Matcher.compare(unknown, null).get(0).explanation().contains("never reached the gateway"));
    }

    @Test
    void aRecordRefusedAtOnceHasNothingToMatch() {
        LedgerEntry refused = LedgerEntry.fromLocal(movement(LedgerStatus.FAILED, "FAILED", "5000", null), T);
        assertEquals(List.of(), Matcher.compare(refused, null));
    }

    @Test
    void aWrongAmountNamesAllThreeFigures() {
        LedgerEntry e = both(LedgerStatus.SUCCESSFUL, "SUCCESSFUL", "5000", "350", "successful", "4500", "350");
        List<Finding> found = Matcher.compare(e, applied("successful", "4500", "350"));
        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals(DifferenceKind.AMOUNT, f.kind());
        assertEquals("RWF 5,000", f.ours());
        assertEquals("RWF 4,500", f.gateway());
        assertEquals("RWF 4,500", f.webhook());
        assertEquals("PayDesk asked for RWF 5,000; the gateway's list says RWF 4,500; the webhook said RWF 4,500.", f.explanation());
    }

    @Test
    void aFeeTheGatewayChargedDifferentlyIsFound() {
        LedgerEntry e = both(LedgerStatus.SUCCESSFUL, "SUCCESSFUL", "5000", "300", "successful", "5000", "350");
        Finding f = Matcher.compare(e, applied("successful", "5000", "300")).get(0);
        assertEquals(DifferenceKind.FEE, f.kind());
        assertEquals("RWF 350", f.gateway());
        assertEquals("RWF 300", f.ours());
    }

    @Test
    void finalStatusesThatDisagreeAreFound() {
        LedgerEntry e = both(LedgerStatus.FAILED, "FAILED", "5000", "350", "successful", "5000", "350");
        List<Finding> found = Matcher.compare(e, applied("successful", "5000", "350"));
        Finding f = found.stream().filter(x -> x.kind() == DifferenceKind.STATUS).findFirst().orElseThrow();
        assertTrue(f.explanation().contains("did not move the way"), f.explanation());
    }

    @Test
    void aFinishedMovementWithoutWebhookIsFoundAndSaysHowPayDeskSettledIt() {
        LedgerEntry settled = both(LedgerStatus.SUCCESSFUL, "SUCCESSFUL", "5000", "350", "successful", "5000", "350");
        Finding f = Matcher.compare(settled, null).get(0);
        assertEquals(DifferenceKind.WEBHOOK_MISSING, f.kind());
        assertTrue(f.explanation().contains("status check"), f.explanation());

        LedgerEntry stillOpen = both(LedgerStatus.PENDING, "PENDING", "5000", null, "successful", "5000", "350");
        List<Finding> found = Matcher.compare(stillOpen, null);
        assertEquals(List.of(DifferenceKind.STATUS, DifferenceKind.WEBHOOK_MISSING), found.stream().map(Finding::kind).toList());
    }

    @Test
    void aPendingMovementNeedsNoWebhookYet() {
        LedgerEntry e = both(LedgerStatus.PENDING, "PENDING", "5000", null, "pending", "5000", null);
        assertEquals(List.of(), Matcher.compare(e, null));
    }

    @Test
    void aDuplicatedWebhookIsFound() {
        LedgerEntry e = both(LedgerStatus.SUCCESSFUL, "SUCCESSFUL", "5000", "350", "successful", "5000", "350");
        WebhookTrail twice = new WebhookTrail("MM1000001", 2, 1, "successful", new BigDecimal("5000"),
                new BigDecimal("350"), "RWF", T);
        Finding f = Matcher.compare(e, twice).get(0);
        assertEquals(DifferenceKind.WEBHOOK_DUPLICATED, f.kind());
        assertEquals("The gateway delivered the same webhook twice; PayDesk applied it once and ignored the other delivery.",
                f.explanation());
    }

    private static LedgerEntry both(LedgerStatus ours, String recordStatus, String amount, String fee, String gatewayStatus,
                                    String gatewayAmount, String gatewayFee) {
        LedgerEntry e = LedgerEntry.fromLocal(movement(ours, recordStatus, amount, fee), T);
        e.mergeGateway(listed("MM1000001", gatewayStatus, gatewayAmount, gatewayFee), T.plusSeconds(60));
        return e;
    }

    private static Movement movement(LedgerStatus status, String recordStatus, String amount, String fee) {
        return new Movement("MM1000001", Direction.COLLECTION, status, recordStatus, new BigDecimal(amount),
                fee == null ? null : new BigDecimal(fee), "RWF", "Mobile money", "mobile_money", "MTN", "788123456",
                null, T, T);
    }

    private static ListedTransaction listed(String reference, String status, String amount, String fee) {
        return new ListedTransaction(42L, "collection", reference, "9001", "mobile_money", status, new BigDecimal(amount),
                fee == null ? null : new BigDecimal(fee), "RWF", null, T, T);
    }

    private static WebhookTrail applied(String status, String amount, String fee) {
        return new WebhookTrail("MM1000001", 1, 0, status, new BigDecimal(amount), new BigDecimal(fee), "RWF", T);
    }
}
