package rw.paydesk.payouts.approval.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How many different approvers a payout needs, by its amount in Rwandan francs, and how
 * long an approval counts. Amounts in other currencies are converted by the caller, so the
 * same tiers hold whatever the currency.
 *
 * <p>The default: one approval up to RWF 1,000,000 inclusive, two above; approvals count
 * for 72 hours. Tiers read from configuration as {@code "1000000=1, 10000000=2, *=3"}.
 */
public final class ApprovalPolicy {

    /** How long an approval counts unless configured otherwise. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(72);

    public static final ApprovalPolicy DEFAULT = new ApprovalPolicy(
            List.of(new Tier(new BigDecimal("1000000"), 1), new Tier(null, 2)), DEFAULT_VALIDITY);

    /**
     * Payouts up to {@code upToRwf} (inclusive) need {@code approvals} approvals; a null
     * {@code upToRwf} means any amount, and ends the list.
     */
    public record Tier(BigDecimal upToRwf, int approvals) {
        public Tier {
            if (approvals < 1) {
                throw new IllegalArgumentException("a tier needs at least one approval");
            }
            if (upToRwf != null && upToRwf.signum() <= 0) {
                throw new IllegalArgumentException("a tier's limit must be above zero");
            }
        }
    }

    private final List<Tier> tiers;
    private final Duration validity;

    /**
     * Tiers in ascending order of limit, the last one without a limit; more money never needs
     * fewer approvals.
     */
    public ApprovalPolicy(List<Tier> tiers, Duration validity) {
        Objects.requireNonNull(tiers, "tiers");
        Objects.requireNonNull(validity, "validity");
        if (tiers.isEmpty() || tiers.get(tiers.size() - 1).upToRwf() != null) {
            throw new IllegalArgumentException("the last tier must cover any amount (no limit)");
        }
        for (int i = 1; i < tiers.size(); i++) {
            Tier previous = tiers.get(i - 1);
            Tier tier = tiers.get(i);
            if (previous.upToRwf() == null || (tier.upToRwf() != null && tier.upToRwf().compareTo(previous.upToRwf()) <= 0)) {
                throw new IllegalArgumentException("tiers must be in ascending order of limit, the unlimited one last");
            }
            if (tier.approvals() < previous.approvals()) {
                throw new IllegalArgumentException("a larger amount may not need fewer approvals");
            }
        }
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("approvals must count for some time");
        }
        this.tiers = List.copyOf(tiers);
        this.validity = validity;
    }

    /** Reads {@code "1000000=1, *=2"}: limit in RWF (inclusive) = approvals, {@code *} for any amount. */
    public static ApprovalPolicy parse(String tiers, Duration validity) {
        List<Tier> parsed = new ArrayList<>();
        for (String part : Objects.requireNonNull(tiers, "tiers").split(",")) {
            String[] kv = part.trim().split("=");
            if (kv.length != 2) {
                throw new IllegalArgumentException("approval tier '" + part.trim() + "' is not limit=approvals");
            }
            try {
                String limit = kv[0].trim();
                parsed.add(new Tier(limit.equals("*") ? null : new BigDecimal(limit.replace("_", "")),
                        Integer.parseInt(kv[1].trim())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("approval tier '" + part.trim() + "' is not limit=approvals", e);
            }
        }
        return new ApprovalPolicy(parsed, validity);
    }

    /** How many different people must approve a payout of {@code amountInRwf}. */
    public int requiredApprovals(BigDecimal amountInRwf) {
        Objects.requireNonNull(amountInRwf, "amountInRwf");
        if (amountInRwf.signum() <= 0) {
            throw new IllegalArgumentException("a payout's amount must be above zero");
        }
        for (Tier tier : tiers) {
            if (tier.upToRwf() == null || amountInRwf.compareTo(tier.upToRwf()) <= 0) {
                return tier.approvals();
            }
        }
        throw new IllegalStateException("the last tier covers any amount");
    }

    public List<Tier> tiers() {
        return tiers;
    }

    /** How long an approval counts. */
    public Duration validity() {
        return validity;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (Tier tier : tiers) {
            s.append(s.length() == 0 ? "" : ", ").append(tier.upToRwf() == null ? "*" : tier.upToRwf().toPlainString())
                    .append('=').append(tier.approvals());
        }
        return s + " for " + validity;
    }
}
