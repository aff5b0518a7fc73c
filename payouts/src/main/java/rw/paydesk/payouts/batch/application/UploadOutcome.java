package rw.paydesk.payouts.batch.application;

import rw.paydesk.payouts.batch.domain.RowError;

import java.util.List;

/**
 * What came of an upload: a draft batch (its id), or the reason the whole file was refused,
 * or the rows that must be fixed (nothing is stored then).
 *
 * @param rows how many payout rows the file has, good and bad (0 if refused as a whole)
 */
public record UploadOutcome(Long batchId, String refusal, List<RowError> errors, int rows) {

    public UploadOutcome {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    static UploadOutcome stored(long batchId, int rows) {
        return new UploadOutcome(batchId, null, List.of(), rows);
    }

    static UploadOutcome refused(String why) {
        return new UploadOutcome(null, why, List.of(), 0);
    }

    static UploadOutcome withErrors(List<RowError> errors, int rows) {
        return new UploadOutcome(null, null, errors, rows);
    }

    public boolean isStored() {
        return batchId != null;
    }
}
