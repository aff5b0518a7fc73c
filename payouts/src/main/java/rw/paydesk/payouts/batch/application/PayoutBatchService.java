package rw.paydesk.payouts.batch.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import rw.paydesk.core.gateway.Bank;
import rw.paydesk.core.gateway.GatewayBalance;
import rw.paydesk.core.gateway.PaymentGateway;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.money.Money;
import rw.paydesk.core.platform.GatewayEnvironment;
import rw.paydesk.core.platform.PaydeskSettings;
import rw.paydesk.payouts.batch.domain.BatchCheck;
import rw.paydesk.payouts.batch.domain.BatchFile;
import rw.paydesk.payouts.batch.domain.BatchFileException;
import rw.paydesk.payouts.batch.domain.PayoutBatch;
import rw.paydesk.payouts.batch.domain.RowError;
import rw.paydesk.payouts.request.application.PayoutService;
import rw.paydesk.payouts.request.application.PayoutSettings;
import rw.paydesk.payouts.request.domain.PayoutException;

import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What people do with bulk payouts. A maker uploads a file, which is checked row by row
 * before anything is stored (a file with a bad row is refused with every row's problem), sees
 * the dry run and submits the draft for approval, or cancels it; approvers approve or reject
 * the batch under the four-eyes rules of {@link PayoutBatch}. The final approval starts the
 * background submission ({@link BatchSubmission}). Refused actions are audited.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PayoutBatchService {

    private static final Currency RWF = Currency.getInstance("RWF");

    @Inject
    BatchRecords records;

    @Inject
    BatchHistory history;

    @Inject
    BatchSubmission submission;

    @Inject
    BatchSettings settings;

    @Inject
    PayoutSettings payoutSettings;

    @Inject
    PaydeskSettings paydesk;

    @Inject
    PaymentGateway gateway;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * Reads and checks a payout file. Only a file in which every row passes becomes a (draft)
     * batch; otherwise nothing is stored and the outcome lists each bad row with its line.
     */
    @RolesAllowed(Role.MAKER_NAME)
    public UploadOutcome upload(String fileName, byte[] content) {
        String maker = caller();
        try {
            BatchFile file = BatchFile.parse(content, settings.limits(), sandbox());
            BatchCheck check = BatchCheck.of(file, rules(file));
            if (!settings.duplicateWindow().isZero()) {
                check.againstHistory(history.recent(check.payeeKeys(), clock.instant().minus(settings.duplicateWindow())),
                        history.approvedPayees());
            } else {
                check.againstHistory(Map.of(), history.approvedPayees());
            }
            if (check.hasErrors()) {
                List<RowError> errors = check.errors();
                records.uploadRefused(fileName, maker, errors.size() + " of " + check.rowCount()
                        + " rows have errors (lines " + errors.stream().limit(20).map(e -> String.valueOf(e.line()))
                        .collect(Collectors.joining(", ")) + (errors.size() > 20 ? ", …" : "") + ")");
                return UploadOutcome.withErrors(errors, check.rowCount());
            }
            PayoutBatch batch = records.create(fileName, check.lines(), withdrawable(), maker);
            return UploadOutcome.stored(batch.id(), batch.rowCount());
        } catch (BatchFileException e) {
            records.uploadRefused(fileName, maker, e.getMessage());
            return UploadOutcome.refused(e.getMessage());
        }
    }

    /** The maker puts a draft forward for approval. */
    @RolesAllowed(Role.MAKER_NAME)
    public PayoutBatch submitForApproval(long id) {
        return audited(id, "submission for approval", () -> records.submit(id, caller(), withdrawable()));
    }

    /** The maker withdraws a batch before anything was sent. */
    @RolesAllowed(Role.MAKER_NAME)
    public PayoutBatch cancel(long id) {
        return audited(id, "cancellation", () -> records.cancel(id, caller()));
    }

    /**
     * The caller approves the batch as shown to them ({@code shownFingerprint}, from
     * {@link PayoutBatch#contentFingerprint()}). The final approval starts sending it in the
     * background.
     */
    @RolesAllowed(Role.APPROVER_NAME)
    public boolean approve(long id, String shownFingerprint) {
        records.expireIfDue(id);
        boolean last = audited(id, "approval", () -> records.approve(id, caller(), shownFingerprint, withdrawable()));
        if (last) {
            submission.start(id);
        }
        return last;
    }

    @RolesAllowed(Role.APPROVER_NAME)
    public PayoutBatch reject(long id, String reason) {
        records.expireIfDue(id);
        return audited(id, "rejection", () -> records.reject(id, caller(), reason));
    }

    /** The RWF wallet's withdrawable balance now, or null if the gateway cannot tell. */
    @RolesAllowed({Role.MAKER_NAME, Role.APPROVER_NAME, Role.VIEWER_NAME})
    public Money withdrawable() {
        try {
            return gateway.balances().stream().filter(w -> w.currency().equalsIgnoreCase("RWF")).findFirst()
                    .map(GatewayBalance::withdrawable).map(a -> Money.rounded(a, RWF)).orElse(Money.zero(RWF));
        } catch (RuntimeException e) {
            return null;
        }
    }

    public boolean sandbox() {
        return paydesk.environment() == GatewayEnvironment.SANDBOX;
    }

    private BatchCheck.Rules rules(BatchFile file) {
        boolean anyBank = file.records().stream().anyMatch(r -> file.value(r, "type").toLowerCase(Locale.ROOT).equals("bank"));
        List<Bank> banks = List.of();
        if (anyBank) {
            try {
                banks = gateway.banks();
            } catch (RuntimeException e) {
                throw new BatchFileException("The gateway's list of banks could not be read (" + e.getMessage()
                        + "), so the bank rows cannot be checked. Nothing was stored; upload the file again shortly.");
            }
        }
        return new BatchCheck.Rules(settings.minAmount(), settings.maxAmount(), banks, payoutSettings::expectedFeeInRwf,
                sandbox() ? PayoutService.SIMULATION_CONTEXTS : List.of());
    }

    private <T> T audited(long id, String action, Supplier<T> step) {
        try {
            return step.get();
        } catch (PayoutException e) {
            records.refused(id, caller(), action, e.refusal() + ": " + e.getMessage());
            throw e;
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
