package rw.paydesk.payouts.batch.domain;

import org.junit.jupiter.api.Test;
import rw.paydesk.payouts.approval.domain.ApprovalPolicy;
import rw.paydesk.payouts.request.domain.PayoutException;
import rw.paydesk.payouts.request.domain.PayoutException.Refusal;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayoutBatchTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final ApprovalPolicy POLICY = ApprovalPolicy.DEFAULT;

    /** Rows of {@code amounts} RWF to distinct wallets. */
    static List<BatchRow> rows(long... amounts) {
        StringBuilder csv = new StringBuilder(BatchCheckTest.HEADER).append('\n');
        for (int i = 0; i < amounts.length; i++) {
            csv.append(String.format("mobile,,,07881%05d,,Jean,Mugisha,,%d,Salary%n", i, amounts[i]));
        }
        BatchCheck check = BatchCheck.of(BatchFile.parse(csv.toString().getBytes(StandardCharsets.UTF_8),
                new BatchFile.Limits(1 << 22, 10_000), false), BatchCheckTest.RULES).againstHistory(java.util.Map.of(), Set.of());
        assertFalse(check.hasErrors(), check.errors().toString());
        return check.lines().stream().map(l -> BatchRow.of(l, NOW)).toList();
    }

    private static PayoutBatch awaiting(List<BatchRow> rows) {
        PayoutBatch b = PayoutBatch.upload("may-salaries.csv", rows, POLICY, "maker", NOW);
        b.submitForApproval("maker", NOW);
        return b;
    }

    private static Refusal refusal(Runnable action) {
        return assertThrows(PayoutException.class, action::run).refusal();
    }

    @Test
    void an_upload_is_a_draft_with_its_totals_and_the_approvals_its_total_needs() {
        PayoutBatch small = PayoutBatch.upload("a.csv", rows(400_000, 600_000), POLICY, "maker", NOW);
        assertEquals(BatchStatus.DRAFT, small.status());
        assertEquals(2, small.rowCount());
        assertEquals("RWF 1,000,000", small.total().format());
        assertEquals("RWF 10,000", small.expectedFees().format());
        assertEquals(1, small.requiredApprovals(), "RWF 1,000,000 inclusive needs one approval");
        assertEquals(2, PayoutBatch.upload("b.csv", rows(400_000, 600_001), POLICY, "maker", NOW).requiredApprovals(),
                "the tier is chosen by the batch total, not by its rows");
        assertTrue(small.reference().value().startsWith("PDB"));
    }

    @Test
    void only_the_maker_submits_the_draft_and_only_once() {
        PayoutBatch b = PayoutBatch.upload("a.csv", rows(1000), POLICY, "maker", NOW);
        assertEquals(Refusal.NOT_THE_MAKER, refusal(() -> b.submitForApproval("maker2", NOW)));
        b.submitForApproval("MAKER", NOW);
        assertEquals(BatchStatus.AWAITING_APPROVAL, b.status());
        assertEquals(Refusal.WRONG_STATE, refusal(() -> b.submitForApproval("maker", NOW)));
    }

    @Test
    void a_draft_cannot_be_approved() {
        PayoutBatch b = PayoutBatch.upload("a.csv", rows(1000), POLICY, "maker", NOW);
        assertEquals(Refusal.WRONG_STATE, refusal(() -> b.approve("approver", POLICY, NOW)));
    }

    @Test
    void the_maker_never_approves_their_own_batch_whatever_their_roles() {
        PayoutBatch b = awaiting(rows(1000));
        PayoutException e = assertThrows(PayoutException.class, () -> b.approve("Maker", POLICY, NOW));
        assertEquals(Refusal.SELF_APPROVAL, e.refusal());
        assertTrue(e.getMessage().contains("another approver must"));
    }

    @Test
    void one_person_approves_once_and_two_people_are_needed_above_the_tier() {
        PayoutBatch b = awaiting(rows(900_000, 900_000));
        assertFalse(b.approve("approver", POLICY, NOW));
        PayoutException twice = assertThrows(PayoutException.class, () -> b.approve("APPROVER", POLICY, NOW.plusSeconds(1)));
        assertEquals(Refusal.ALREADY_APPROVED, twice.refusal());
        assertTrue(twice.getMessage().contains("one more approver is needed"));
        assertTrue(b.approve("approver2", POLICY, NOW.plusSeconds(2)));
        assertEquals(BatchStatus.APPROVED, b.status());
    }

    @Test
    void approvals_run_out_and_the_batch_expires() {
        PayoutBatch b = awaiting(rows(900_000, 900_000));
        b.approve("approver", POLICY, NOW);
        Instant late = NOW.plus(POLICY.validity()).plusSeconds(1);
        assertEquals(Refusal.EXPIRED, refusal(() -> b.approve("approver2", POLICY, late)));
        assertTrue(b.expireIfDue(late));
        assertEquals(BatchStatus.EXPIRED, b.status());
    }

    @Test
    void a_batch_without_approvals_does_not_expire() {
        PayoutBatch b = awaiting(rows(1000));
        assertFalse(b.expireIfDue(NOW.plus(Duration.ofDays(30))));
    }

    @Test
    void a_rejection_needs_a_reason_and_an_approver_other_than_the_maker() {
        PayoutBatch b = awaiting(rows(1000));
        assertEquals(Refusal.INVALID, refusal(() -> b.reject("approver", "  ", NOW)));
        assertEquals(Refusal.SELF_APPROVAL, refusal(() -> b.reject("maker", "oops", NOW)));
        b.reject("approver", "Line 4 is a former employee", NOW);
        assertEquals(BatchStatus.REJECTED, b.status());
        assertEquals("Line 4 is a former employee", b.rejectionReason());
        assertEquals(Refusal.WRONG_STATE, refusal(() -> b.approve("approver2", POLICY, NOW)));
    }

    @Test
    void only_the_maker_cancels_and_only_before_sending() {
        PayoutBatch b = awaiting(rows(1000));
        assertEquals(Refusal.NOT_THE_MAKER, refusal(() -> b.cancel("approver", NOW)));
        b.approve("approver", POLICY, NOW);
        b.cancel("maker", NOW);
        assertEquals(BatchStatus.CANCELLED, b.status());
        assertTrue(b.approvals().get(0).isVoided());

        List<BatchRow> rows = rows(1000);
        PayoutBatch sent = awaiting(rows);
        sent.approve("approver", POLICY, NOW);
        sent.startSending(rows, NOW);
        assertEquals(BatchStatus.SENDING, sent.status());
        assertEquals(Refusal.WRONG_STATE, refusal(() -> sent.cancel("maker", NOW)));
    }

    @Test
    void rows_changed_after_approval_are_not_sent() throws Exception {
        List<BatchRow> rows = new ArrayList<>(rows(1000, 2000));
        PayoutBatch b = PayoutBatch.upload("a.csv", rows, POLICY, "maker", NOW);
        b.submitForApproval("maker", NOW);
        b.approve("approver", POLICY, NOW);
        Field amount = BatchRow.class.getDeclaredField("amount");
        amount.setAccessible(true);
        amount.set(rows.get(1), new BigDecimal("200000"));
        assertEquals(Refusal.CONTENT_CHANGED, refusal(() -> b.startSending(rows, NOW)));
        assertEquals(Refusal.CONTENT_CHANGED, refusal(() -> b.startSending(rows.subList(0, 1), NOW)),
                "a row removed behind the application's back");
    }

    @Test
    void the_fingerprint_covers_every_row_and_not_their_order_in_memory() {
        List<BatchRow> rows = rows(1000, 2000, 3000);
        PayoutBatch b = PayoutBatch.upload("a.csv", rows, POLICY, "maker", NOW);
        List<BatchRow> shuffled = new ArrayList<>(rows);
        java.util.Collections.reverse(shuffled);
        assertEquals(b.contentFingerprint(), b.fingerprintOf(shuffled));
        assertFalse(b.contentFingerprint().equals(b.fingerprintOf(rows(1000, 2000, 3000))),
                "other references, other content");
    }

    @Test
    void statuses_only_move_forward() {
        for (BatchStatus from : BatchStatus.values()) {
            for (BatchStatus to : BatchStatus.values()) {
                if (from.canMoveTo(to)) {
                    assertFalse(to.canMoveTo(from), from + " <-> " + to);
                }
            }
        }
        assertTrue(EnumSet.of(BatchStatus.FINISHED, BatchStatus.REJECTED, BatchStatus.CANCELLED, BatchStatus.EXPIRED)
                .stream().allMatch(BatchStatus::isFinal));
        for (BatchRowStatus from : BatchRowStatus.values()) {
            for (BatchRowStatus to : BatchRowStatus.values()) {
                if (from.canMoveTo(to)) {
                    assertFalse(to.canMoveTo(from), from + " <-> " + to);
                }
            }
        }
    }

    @Test
    void a_row_moves_forward_only_and_an_unknown_row_is_never_pending_again() {
        BatchRow row = rows(1000).get(0);
        assertThrows(IllegalArgumentException.class, () -> row.advance(BatchRowStatus.SENDING, null, null, NOW));
        assertFalse(row.advance(BatchRowStatus.COMPLETED, null, null, NOW), "a PENDING row was never sent");
        assertFalse(BatchRowStatus.UNKNOWN.canMoveTo(BatchRowStatus.SENDING));
        assertFalse(BatchRowStatus.UNKNOWN.canMoveTo(BatchRowStatus.PENDING));
        assertEquals(BatchRowStatus.COMPLETED, BatchRowStatus.fromGateway("success").orElseThrow());
        assertEquals(BatchRowStatus.SUBMITTED, BatchRowStatus.fromGateway("NEW").orElseThrow());
        assertEquals(BatchRowStatus.FAILED, BatchRowStatus.fromGateway("failed").orElseThrow());
    }
}
