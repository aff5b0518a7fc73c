package rw.paydesk.payouts.approval.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ApprovalPolicyTest {

    private final ApprovalPolicy cut = ApprovalPolicy.DEFAULT;

    @Test
    void by_default_one_approval_up_to_a_million_francs_and_two_above() {
        assertEquals(1, cut.requiredApprovals(new BigDecimal("100")));
        assertEquals(1, cut.requiredApprovals(new BigDecimal("1000000")));
        assertEquals(2, cut.requiredApprovals(new BigDecimal("1000001")));
        assertEquals(2, cut.requiredApprovals(new BigDecimal("1000000.0001")), "a fraction above the limit is above it");
        assertEquals(2, cut.requiredApprovals(new BigDecimal("900000000")));
    }

    @Test
    void by_default_approvals_count_for_72_hours() {
        assertEquals(Duration.ofHours(72), cut.validity());
    }

    @Test
    void tiers_are_read_from_configuration() {
        ApprovalPolicy policy = ApprovalPolicy.parse("500_000=1, 10000000=2, *=3", Duration.ofHours(24));
        assertEquals(1, policy.requiredApprovals(new BigDecimal("500000")));
        assertEquals(2, policy.requiredApprovals(new BigDecimal("500001")));
        assertEquals(3, policy.requiredApprovals(new BigDecimal("10000001")));
        assertEquals("500000=1, 10000000=2, *=3 for PT24H", policy.toString());
        assertEquals(ApprovalPolicy.DEFAULT.tiers(), ApprovalPolicy.parse("1000000=1,*=2", Duration.ofHours(72)).tiers());
    }

    @Test
    void a_configuration_that_would_let_money_slip_through_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> ApprovalPolicy.parse("1000000=1", Duration.ofHours(1)),
                "amounts above the last limit would have no rule");
        assertThrows(IllegalArgumentException.class, () -> ApprovalPolicy.parse("1000000=2, *=1", Duration.ofHours(1)),
                "more money may not need fewer approvals");
        assertThrows(IllegalArgumentException.class, () -> ApprovalPolicy.parse("*=0", Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> ApprovalPolicy.parse("2000=1, 1000=2, *=2", Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> ApprovalPolicy.parse("lots", Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> ApprovalPolicy.parse("*=1", Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> new ApprovalPolicy(List.of(new ApprovalPolicy.Tier(null, 1), new ApprovalPolicy.Tier(null, 2)), Duration.ofHours(1)));
    }

    @Test
    void a_payout_of_nothing_has_no_tier() {
        assertThrows(IllegalArgumentException.class, () -> cut.requiredApprovals(BigDecimal.ZERO));
    }

    @Test
    void the_fingerprint_changes_with_any_part_and_cannot_be_forged_by_moving_text_between_parts() {
        String approved = ContentFingerprint.of(7L, "500000", "RWF", null, "Rent");
        assertEquals(64, approved.length());
        assertEquals(approved, ContentFingerprint.of(7L, "500000", "RWF", null, "Rent"));
        assertNotEquals(approved, ContentFingerprint.of(8L, "500000", "RWF", null, "Rent"));
        assertNotEquals(approved, ContentFingerprint.of(7L, "500000", "RWF", "", "Rent"));
        assertNotEquals(ContentFingerprint.of("ab", "c"), ContentFingerprint.of("a", "bc"));
    }
}
