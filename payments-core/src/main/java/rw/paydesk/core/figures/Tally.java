package rw.paydesk.core.figures;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How many, and how much in one currency.
 *
 * @param count  how many records
 * @param amount their sum, zero when there are none
 */
public record Tally(long count, BigDecimal amount) {

    public static final Tally NONE = new Tally(0, BigDecimal.ZERO);

    public Tally {
        Objects.requireNonNull(amount, "amount");
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
    }

    public Tally plus(Tally other) {
        return new Tally(count + other.count, amount.add(other.amount));
    }

    public boolean isEmpty() {
        return count == 0;
    }
}
