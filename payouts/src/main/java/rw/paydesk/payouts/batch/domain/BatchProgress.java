package rw.paydesk.payouts.batch.domain;

import java.util.Map;

/**
 * How far a batch has got, by rows: what the progress bar shows.
 *
 * @param rows      all rows
 * @param sent      handed to the gateway (submitted, unknown, completed or failed)
 * @param completed paid
 * @param failed    not paid, with the gateway's reason
 * @param unknown   outcome unknown (a time-out): asked of the gateway, never resent
 * @param cancelled never sent (the batch was rejected, cancelled or expired)
 */
public record BatchProgress(int rows, int sent, int completed, int failed, int unknown, int cancelled) {

    public static BatchProgress of(int rows, Map<BatchRowStatus, Long> counts) {
        int sent = 0;
        for (Map.Entry<BatchRowStatus, Long> c : counts.entrySet()) {
            if (c.getKey().isSent()) {
                sent += c.getValue().intValue();
            }
        }
        return new BatchProgress(rows, sent, count(counts, BatchRowStatus.COMPLETED), count(counts, BatchRowStatus.FAILED),
                count(counts, BatchRowStatus.UNKNOWN), count(counts, BatchRowStatus.CANCELLED));
    }

    private static int count(Map<BatchRowStatus, Long> counts, BatchRowStatus status) {
        return counts.getOrDefault(status, 0L).intValue();
    }

    /** Rows with their final outcome (completed or failed). */
    public int done() {
        return completed + failed;
    }

    /** Percent of rows with their final outcome, 0–100. */
    public int percentDone() {
        return rows == 0 ? 0 : (int) Math.floor(100.0 * done() / rows);
    }

    public boolean isFinished() {
        return rows > 0 && done() + cancelled == rows;
    }
}
