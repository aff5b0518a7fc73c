package rw.paydesk.core.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Where one source of the ledger (or reconciliation's match) was read up to ({@code position}),
 * and what its last run did. The row {@link #RUNS} records whole ledger syncs.
 */
@Entity
@Table(name = "ledger_sync_cursor")
public class SyncCursor {

    /** The row of whole ledger syncs: when the last ran, how many rows it changed, what failed. */
    public static final String RUNS = "ledger";
    /** The gateway's transaction list. */
    public static final String GATEWAY = "gateway";

    @Id
    @Column(length = 32)
    private String source;

    @Column(length = 64)
    private String position;

    @Column(name = "last_run_at")
    private Instant lastRunAt;

    @Column(name = "last_rows", nullable = false)
    private int lastRows;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected SyncCursor() {
        // JPA
    }

    public SyncCursor(String source) {
        this.source = source;
    }

    /** Records a run: where it got to, how many rows changed and what went wrong, if anything. */
    public void ran(String newPosition, int rows, String error, Instant at) {
        if (newPosition != null) {
            position = newPosition;
        }
        lastRows = rows;
        lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        lastRunAt = at;
    }

    public String source() { return source; }
    public String position() { return position; }
    public Instant lastRunAt() { return lastRunAt; }
    public int lastRows() { return lastRows; }
    public String lastError() { return lastError; }
}
