package rw.paydesk.sandbox.link;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A payment link as stored. {@code txnId} is the latest payment attempt made through it. */
public record PaymentLink(String token, String accountNumber, BigDecimal amount, String currency, List<String> methods,
                          String description, String metadata, String callbackUrl, Instant expiresAt,
                          Instant createdAt, Long txnId) {

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
