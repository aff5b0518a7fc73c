package rw.paydesk.reporting.settlement.domain;

import rw.paydesk.core.ledger.domain.LedgerStatus;

/** How many movements of one direction stand in each ledger status. */
public record StatusCounts(long successful, long failed, long pending, long unknown) {

    public static final StatusCounts NONE = new StatusCounts(0, 0, 0, 0);

    public long total() {
        return successful + failed + pending + unknown;
    }

    /** These counts with {@code count} more movements in {@code status}. */
    public StatusCounts plus(LedgerStatus status, long count) {
        return switch (status) {
            case SUCCESSFUL -> new StatusCounts(successful + count, failed, pending, unknown);
            case FAILED -> new StatusCounts(successful, failed + count, pending, unknown);
            case PENDING -> new StatusCounts(successful, failed, pending + count, unknown);
            case UNKNOWN -> new StatusCounts(successful, failed, pending, unknown + count);
        };
    }

    public StatusCounts plus(StatusCounts other) {
        return new StatusCounts(successful + other.successful, failed + other.failed, pending + other.pending,
                unknown + other.unknown);
    }
}
