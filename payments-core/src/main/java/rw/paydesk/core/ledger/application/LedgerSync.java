package rw.paydesk.core.ledger.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import rw.paydesk.core.gateway.GatewayOutcomeUnknownException;
import rw.paydesk.core.gateway.GatewayRejectedException;
import rw.paydesk.core.gateway.GatewayUnavailableException;
import rw.paydesk.core.gateway.ListedTransaction;
import rw.paydesk.core.gateway.PaymentGateway;
import rw.paydesk.core.gateway.TransactionPage;
import rw.paydesk.core.ledger.domain.Movement;
import rw.paydesk.core.ledger.domain.SyncCursor;
import rw.paydesk.core.platform.JobLease;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Fills the ledger: PayDesk's own records (every {@link MovementSource}), then the gateway's
 * transaction list, each from where the previous run got to. One node at a time (a lease row);
 * every batch is committed with its position, so a run that stops half-way loses nothing and a
 * second run changes nothing.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LedgerSync {

    private static final Logger LOG = Logger.getLogger(LedgerSync.class.getName());

    /** Page size asked of the gateway (the sandbox allows up to 500). */
    static final int PAGE = 200;
    /** A run reads at most this many pages; the rest waits for the next run. */
    static final int MAX_PAGES = 5_000;
    static final int LOCAL_BATCH = 500;
    /**
     * Local records are read again from a little before the last position: a transaction that
     * began earlier may commit a change stamped before it.
     */
    static final Duration LOCAL_OVERLAP = Duration.ofMinutes(2);
    /** Movements the gateway still has open are looked for again for this long. */
    static final Duration OPEN_LOOKBACK = Duration.ofDays(1);
    /**
     * Renewed after every batch and page, so a long first sync keeps it, while a node that dies
     * in the middle of a run holds up the ledger sync of the others for two minutes at most.
     */
    static final Duration LEASE = Duration.ofMinutes(2);
    /** Its row in {@code job_lease}: one run at a time across the cluster, and on each node. */
    static final String JOB = "ledger-sync";
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    LedgerSteps steps;

    /**
     * Status reads per run and account without a transaction list. They never wait for the rate
     * limit: when a call would have to wait, the reads stop for this run, so people's calls go first.
     */
    static final int UNLISTED_READS = 3;

    @Inject
    JobLease lease;

    @Inject
    PaymentGateway gateway;

    @Inject
    @Any
    Instance<MovementSource> sources;

    @Inject
    Clock clock;

    @Inject
    rw.paydesk.core.gateway.GatewayAccounts accounts;

    /** What one run did. */
    public record Report(boolean ran, int localRows, int gatewayRows, int gatewayPages, String problem) {
        static Report skipped() {
            return new Report(false, 0, 0, 0, null);
        }
    }

    /** Our records, then the gateway's list. */
    public Report run() {
        return underLease(true);
    }

    /** Our records only: quick, for a page that wants what was just done to be listed. */
    public Report catchUpLocal() {
        return underLease(false);
    }

    private Report underLease(boolean withGateway) {
        Instant now = clock.instant();
        // one holder per run, so the timer's run and a page's catch-up on the same node exclude each other too
        String named = java.util.UUID.randomUUID().toString().substring(0, 8) + "@" + NODE;
        String holder = named.length() > 64 ? named.substring(0, 64) : named;
        if (!lease.acquireAs(JOB, holder, now, LEASE)) {
            return Report.skipped();
        }
        int local = 0;
        int[] gatewayRows = {0, 0};
        String problem = null;
        try {
            Runnable keep = () -> keepLease(holder);
            for (MovementSource source : sources) {
                local += syncLocal(source, keep);
            }
            if (withGateway) {
                gatewayRows = syncGateway(keep);
                gatewayRows[0] += readUnlisted();
            }
        } catch (GatewayUnavailableException | GatewayOutcomeUnknownException | GatewayRejectedException e) {
            problem = "gateway: " + e.getMessage();
            LOG.warning("Ledger sync could not read the gateway's list: " + e.getMessage());
        } catch (RuntimeException e) {
            problem = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.log(java.util.logging.Level.WARNING, "Ledger sync failed", e);
        } finally {
            steps.noteRun(clock.instant(), local + gatewayRows[0], problem);
            lease.releaseAs(JOB, holder);
        }
        try {
            lease.noteRun(JOB, now, clock.instant());
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "ledger sync ran but could not be noted in job_run", e);
        }
        return new Report(true, local, gatewayRows[0], gatewayRows[1], problem);
    }

    private void keepLease(String holder) {
        if (!lease.acquireAs(JOB, holder, clock.instant(), LEASE)) {
            throw new IllegalStateException("the ledger-sync lease passed to another node during the run");
        }
    }

    private int syncLocal(MovementSource source, Runnable keepLease) {
        String key = "local:" + source.name();
        Instant position = steps.position(key).map(Instant::parse).orElse(Instant.EPOCH);
        Instant from = position.equals(Instant.EPOCH) ? position : position.minus(LOCAL_OVERLAP);
        int changed = 0;
        while (true) {
            List<Movement> batch = source.changedSince(from, LOCAL_BATCH);
            if (batch.isEmpty()) {
                break;
            }
            Instant last = batch.stream().map(Movement::updatedAt).max(Instant::compareTo).orElse(from);
            if (last.isAfter(position)) {
                position = last;
            }
            changed += steps.applyLocal(batch, clock.instant());
            steps.savePosition(key, position.toString(), changed, clock.instant());
            keepLease.run();
            if (batch.size() < LOCAL_BATCH || !last.isAfter(from)) {
                break;
            }
            from = last;
        }
        return changed;
    }

    /** Returns rows changed and pages read. */
    private int[] syncGateway(Runnable keepLease) {
        String[] saved = steps.position(SyncCursor.GATEWAY).orElse("0/0").split("/");
        long highest = Long.parseLong(saved[0]);
        long endOffset = saved.length > 1 ? Long.parseLong(saved[1]) : 0;
        long floor = steps.oldestOpenAtGateway(clock.instant().minus(OPEN_LOOKBACK))
                .map(open -> Math.min(open - 1, highest)).orElse(highest);
        int offset = 0;
        int changed = 0;
        int pages = 0;
        long newHighest = highest;
        while (pages < MAX_PAGES) {
            TransactionPage page = gateway.transactionList(PAGE, offset);
            pages++;
            changed += steps.applyGateway(page.transactions().stream().map(this::withOurReference).toList(), clock.instant());
            keepLease.run();
            Long top = GatewayReading.highest(page);
            if (top != null && top > newHighest) {
                newHighest = top;
            }
            offset += page.transactions().size();
            if (page.transactions().isEmpty() || page.isLast()) {
                break;
            }
            boolean ascending = GatewayReading.ascending(page);
            if (!ascending && highest > 0 && GatewayReading.reachedKnown(page, floor)) {
                break;
            }
            if (ascending && pages == 1 && endOffset > offset + PAGE) {
                offset = (int) Math.max(offset, endOffset - PAGE); // oldest first: what is new is at the end
            }
        }
        steps.savePosition(SyncCursor.GATEWAY, newHighest + "/" + Math.max(offset, 0), changed, clock.instant());
        return new int[] {changed, pages};
    }

    /**
     * The gateway's side of collections made through accounts that have no transaction list
     * (Rwanda Pay): each recent one not yet final there is read by its status, at most
     * {@link #UNLISTED_READS} a run, so reconciliation compares them like the others.
     */
    private int readUnlisted() {
        int changed = 0;
        for (rw.paydesk.core.gateway.GatewayAccount account : accounts.enabled()) {
            if (account.supports(rw.paydesk.core.gateway.Capability.TRANSACTION_LIST)) {
                continue;
            }
            java.util.Optional<rw.paydesk.core.gateway.MobileMoneyChannel> channel =
                    accounts.existing(account.id(), rw.paydesk.core.gateway.MobileMoneyChannel.class);
            if (channel.isEmpty()) {
                continue;
            }
            List<ListedTransaction> read = new java.util.ArrayList<>();
            for (String[] open : steps.unreadCollections(account.id(), clock.instant().minus(OPEN_LOOKBACK), UNLISTED_READS)) {
                if (channel.get().busy()) {
                    break;
                }
                try {
                    channel.get().chargeStatus(open[0], open[1]).ifPresent(t -> read.add(new ListedTransaction(null, "collection",
                            open[0], t.transactionId(), "mobile_money", t.status(), t.amount(), t.fee(), t.currency(),
                            t.reason(), null, null)));
                } catch (RuntimeException e) {
                    LOG.info(() -> "status of " + open[0] + " at " + account.id() + " unreadable this run: " + e.getMessage());
                }
            }
            changed += steps.applyGateway(read, clock.instant());
        }
        return changed;
    }

    /** A row made through an API that took none of our references, under ours, so both sides meet in one entry. */
    private ListedTransaction withOurReference(ListedTransaction row) {
        for (MovementSource source : sources) {
            java.util.Optional<String> ours = source.ourReference(row);
            if (ours.isPresent()) {
                return new ListedTransaction(row.sequence(), row.direction(), ours.get(), row.transactionId(), row.method(),
                        row.status(), row.amount(), row.fee(), row.currency(), row.reason(), row.createdAt(), row.updatedAt());
            }
        }
        return row;
    }
}
