package rw.paydesk.payouts.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import rw.paydesk.core.platform.DurationList;
import rw.paydesk.payouts.approval.domain.ApprovalPolicy;
import rw.paydesk.payouts.beneficiary.domain.BeneficiaryType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;

/** The payout rules an operator configures (MicroProfile Config); defaults in the README. */
@ApplicationScoped
public class PayoutSettings {

    @Inject
    @ConfigProperty(name = "paydesk.payouts.cooling-off", defaultValue = "PT24H")
    Duration coolingOff;

    @Inject
    @ConfigProperty(name = "paydesk.payouts.approval-tiers", defaultValue = "1000000=1, *=2")
    String tiers;

    @Inject
    @ConfigProperty(name = "paydesk.payouts.approval-validity", defaultValue = "PT72H")
    Duration approvalValidity;

    @Inject
    @ConfigProperty(name = "paydesk.payouts.sweep-interval", defaultValue = "PT30S")
    Duration sweepInterval;

    @Inject
    @ConfigProperty(name = "paydesk.payouts.resend-after", defaultValue = "PT2M")
    Duration resendAfter;

    @Inject
    @ConfigProperty(name = "paydesk.payouts.fee.bank", defaultValue = "500")
    BigDecimal bankFee;

    @Inject
    @ConfigProperty(name = "paydesk.payouts.fee.mobile-percent", defaultValue = "1")
    BigDecimal mobilePercent;

    @Inject
    @ConfigProperty(name = "paydesk.payouts.fee.mobile-minimum", defaultValue = "100")
    BigDecimal mobileMinimum;

    @Inject
    @ConfigProperty(name = "paydesk.payouts.status-check-delays", defaultValue = "PT1M, PT5M, PT1H, P1D")
    String statusCheckDelays;

    private volatile ApprovalPolicy policy;

    /** How long a new or changed beneficiary waits after its approval before its first payout. */
    public Duration coolingOff() {
        return coolingOff;
    }

    public ApprovalPolicy policy() {
        ApprovalPolicy p = policy;
        if (p == null) {
            p = ApprovalPolicy.parse(tiers, approvalValidity);
            policy = p;
        }
        return p;
    }

    /** How often the payout sweep runs (expiry, held and interrupted submissions, status checks). */
    public Duration sweepInterval() {
        return sweepInterval;
    }

    /**
     * How long a payout may stay SUBMITTING (the request went out, no answer recorded) before
     * the sweep asks the gateway about it and, if the gateway never received it, sends it again
     * with the same reference.
     */
    public Duration resendAfter() {
        return resendAfter;
    }

    /**
     * When the gateway is asked about a payout that is UNKNOWN or waits for its webhook: the
     * first delay after the send, then each next one; the last repeats.
     */
    public List<Duration> statusCheckDelays() {
        return DurationList.parse("paydesk.payouts.status-check-delays", statusCheckDelays, true);
    }

    /**
     * The fee PayDesk expects the gateway to charge, in RWF: a flat fee for a bank transfer, a
     * percentage with a minimum for mobile money (rounded up to the franc). The gateway's own
     * figure replaces it once it answers.
     */
    public BigDecimal expectedFeeInRwf(BeneficiaryType type, BigDecimal amountInRwf) {
        if (type == BeneficiaryType.BANK) {
            return bankFee;
        }
        BigDecimal percent = amountInRwf.multiply(mobilePercent).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING);
        return percent.max(mobileMinimum);
    }
}
