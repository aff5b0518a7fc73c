package rw.paydesk.core.ledger.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A movement as one of PayDesk's own records knows it (a charge, a paid payment link, a payout,
 * a bulk payout row): what a {@code MovementSource} hands the ledger.
 *
 * @param reference      ours, the key of the ledger row
 * @param direction      which way the money goes
 * @param status         the record's state, in the ledger's words
 * @param recordStatus   the record's own state, as its page shows it ({@code AWAITING_APPROVAL}…)
 * @param amount         the amount asked or sent
 * @param fee            the fee, if known
 * @param currency       ISO 4217
 * @param kind           what record it is ({@code Mobile money}, {@code Card}, {@code Payment link},
 *                       {@code Payout}, {@code Bulk payout})
 * @param method         how it is paid ({@code mobile_money}, {@code card}, {@code bank})
 * @param provider       operator, card brand or bank
 * @param party          the customer's or payee's phone number, or the payee's account number
 * @param gatewayTransactionId the gateway's id, once it gave one
 * @param createdAt      when PayDesk made it
 * @param updatedAt      when it last changed
 * @param gateway        the gateway account it went through ({@code dgs} unless said)
 */
public record Movement(String reference, Direction direction, LedgerStatus status, String recordStatus,
                       BigDecimal amount, BigDecimal fee, String currency, String kind, String method,
                       String provider, String party, String gatewayTransactionId,
                       Instant createdAt, Instant updatedAt, String gateway) {

    /** A movement through DGS-Pay API v2, the account everything but collections goes through. */
    public Movement(String reference, Direction direction, LedgerStatus status, String recordStatus,
                    BigDecimal amount, BigDecimal fee, String currency, String kind, String method,
                    String provider, String party, String gatewayTransactionId, Instant createdAt, Instant updatedAt) {
        this(reference, direction, status, recordStatus, amount, fee, currency, kind, method, provider, party,
                gatewayTransactionId, createdAt, updatedAt, "dgs");
    }

    public Movement {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(createdAt, "createdAt");
        updatedAt = updatedAt == null ? createdAt : updatedAt;
        gateway = gateway == null || gateway.isBlank() ? "dgs" : gateway;
    }
}
