package rw.paydesk.core.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Where one source of the ledger was read up to ({@code position}), and, on the row
 * {@link #LEASE}, which node is syncing until when.
 */
@Entity
@Table(name = "ledger_sync_cursor")
@NamedQuery(name = SyncCursor.CLAIM, query = "update SyncCursor c set c.leasedBy = :node, c.leaseUntil = :until "
        + "where c.source = :source and (c.leaseUntil is null or c.leaseUntil < :now or c.leasedBy = :node)")
public class SyncCursor {

    public static final String CLAIM = "SyncCursor.claim";
    /** The row whose lease lets one node at a time sync the ledger. */
    public static final String LEASE = "ledger";
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

    @Column(name = "leased_by", length = 64)
    private String leasedBy;

    @Column(name = "lease_until")
    private Instant leaseUntil;

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

    public void release(String node) {
        if (node.equals(leasedBy)) {
            leasedBy = null;
            leaseUntil = null;
        }
    }

    public String source() { return source; }
    public String position() { return position; }
    public Instant lastRunAt() { return lastRunAt; }
    public int lastRows() { return lastRows; }
    public String lastError() { return lastError; }
    public String leasedBy() { return leasedBy; }
    public Instant leaseUntil() { return leaseUntil; }
}
