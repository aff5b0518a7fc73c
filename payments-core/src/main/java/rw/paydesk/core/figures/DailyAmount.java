package rw.paydesk.core.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What was collected or paid out on one Kigali day in one currency.
 *
 * @param day      the day in Kigali
 * @param currency ISO 4217 code
 * @param count    how many records
 * @param amount   their sum
 */
public record DailyAmount(LocalDate day, String currency, long count, BigDecimal amount) {

    public DailyAmount {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
    }

    /**
     * One row of a per-day SQL query: the Kigali day as an epoch-day number
     * ({@code floor((epoch seconds + offset) / 86400)}), currency, count, sum. Drivers answer
     * the numbers in various types.
     */
    public static DailyAmount ofRow(Object[] row) {
        return new DailyAmount(LocalDate.ofEpochDay(((Number) row[0]).longValue()), row[1].toString().trim(),
                ((Number) row[2]).longValue(), new BigDecimal(row[3].toString()));
    }
}
