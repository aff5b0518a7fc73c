package rw.paydesk.reporting.settlement.domain;

import org.junit.jupiter.api.Test;
import rw.paydesk.core.ledger.domain.Direction;
import rw.paydesk.core.ledger.domain.LedgerStatus;
import rw.paydesk.reporting.period.domain.ReportPeriod;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SettlementSummaryTest {

    private static final ReportPeriod DAY = ReportPeriod.day(LocalDate.parse("2026-11-23"));

    private static SettlementSummary.Group group(String currency, String provider, Direction direction, LedgerStatus status,
                                                 long count, String amount, String fee) {
        return new SettlementSummary.Group(currency, provider, direction, status, count,
                amount == null ? null : new BigDecimal(amount), fee == null ? null : new BigDecimal(fee));
    }

    @Test
    void only_payout_fees_come_off_the_net_because_customers_pay_collection_fees_on_top() {
        SettlementSummary cut = SettlementSummary.of(DAY, List.of(
                group("RWF", "MTN", Direction.COLLECTION, LedgerStatus.SUCCESSFUL, 3, "30000", "2100"),
                group("RWF", "MTN", Direction.PAYOUT, LedgerStatus.SUCCESSFUL, 1, "10000", "100")));

        SettlementFigures mtn = cut.line("RWF", "MTN").orElseThrow().figures();
        assertEquals(new BigDecimal("19900"), mtn.net());
        assertEquals(new BigDecimal("2200"), mtn.fees());
    }

    @Test
    void movements_that_are_not_successful_are_counted_by_status_but_move_no_money() {
        SettlementSummary cut = SettlementSummary.of(DAY, List.of(
                group("RWF", "Bank of Kigali", Direction.PAYOUT, LedgerStatus.FAILED, 2, "5000", "1000"),
                group("RWF", "Bank of Kigali", Direction.PAYOUT, LedgerStatus.PENDING, 1, "700", "500"),
                group("RWF", "Bank of Kigali", Direction.PAYOUT, LedgerStatus.UNKNOWN, 4, "800", null)));

        SettlementFigures bank = cut.total("RWF").orElseThrow().figures();
        assertEquals(0, bank.payouts());
        assertEquals(0, BigDecimal.ZERO.compareTo(bank.net()));
        assertEquals(new StatusCounts(0, 2, 1, 4), bank.payoutStatuses());
        assertEquals(StatusCounts.NONE, bank.collectionStatuses());
    }

    @Test
    void lines_are_by_currency_then_provider_and_totals_never_mix_currencies() {
        SettlementSummary cut = SettlementSummary.of(DAY, List.of(
                group("USD", "VISA", Direction.COLLECTION, LedgerStatus.SUCCESSFUL, 1, "10.50", "0.21"),
                group("RWF", "MTN", Direction.COLLECTION, LedgerStatus.SUCCESSFUL, 1, "1000", "70"),
                group("RWF", null, Direction.COLLECTION, LedgerStatus.SUCCESSFUL, 1, "500", null),
                group("RWF", "AIRTEL", Direction.COLLECTION, LedgerStatus.SUCCESSFUL, 2, "2000", "140")));

        assertEquals(List.of("RWF " + SettlementSummary.UNKNOWN_PROVIDER, "RWF AIRTEL", "RWF MTN", "USD VISA"),
                cut.lines().stream().map(l -> l.currency() + " " + l.provider()).toList());
        assertEquals(new BigDecimal("3500"), cut.total("RWF").orElseThrow().figures().collected());
        assertEquals(4, cut.total("RWF").orElseThrow().figures().collections());
        assertEquals(new BigDecimal("10.50"), cut.total("USD").orElseThrow().figures().collected());
    }
}
