package rw.paydesk.payouts.batch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import rw.paydesk.payouts.batch.domain.BatchFile;

import java.math.BigDecimal;
import java.time.Duration;

/** The bulk payout rules an operator configures (MicroProfile Config); defaults in the README. */
@ApplicationScoped
public class BatchSettings {

    @Inject
    @ConfigProperty(name = "paydesk.payouts.min-amount", defaultValue = "100")
    BigDecimal minAmount;

    @Inject
    @ConfigProperty(name = "paydesk.payouts.max-amount", defaultValue = "5000000")
    BigDecimal maxAmount;

    @Inject
    @ConfigProperty(name = "paydesk.payouts.bulk.max-rows", defaultValue = "10000")
    int maxRows;

    @Inject
    @ConfigProperty(name = "paydesk.payouts.bulk.max-file-size", defaultValue = "5242880")
    long maxFileSize;

    @Inject
    @ConfigProperty(name = "paydesk.payouts.bulk.duplicate-window", defaultValue = "P30D")
    Duration duplicateWindow;

    /** The gateway's least amount of one payout, RWF. */
    public BigDecimal minAmount() {
        return minAmount;
    }

    /** The gateway's largest amount of one payout, RWF. */
    public BigDecimal maxAmount() {
        return maxAmount;
    }

    public BatchFile.Limits limits() {
        return new BatchFile.Limits(maxFileSize, maxRows);
    }

    /** How far back a row's payee and amount count as a possible duplicate; zero switches the check off. */
    public Duration duplicateWindow() {
        return duplicateWindow;
    }
}
