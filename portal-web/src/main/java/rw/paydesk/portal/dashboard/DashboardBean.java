package rw.paydesk.portal.dashboard;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import rw.paydesk.core.balance.application.BalanceService;
import rw.paydesk.core.collection.application.CollectionFigures;
import rw.paydesk.core.figures.CurrencyFigures;
import rw.paydesk.core.figures.DailyAmount;
import rw.paydesk.core.figures.DailySeries;
import rw.paydesk.core.figures.DayRange;
import rw.paydesk.core.gateway.GatewayBalance;
import rw.paydesk.core.gateway.GatewayOutcomeUnknownException;
import rw.paydesk.core.gateway.GatewayRejectedException;
import rw.paydesk.core.gateway.GatewayUnavailableException;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.core.money.Money;
import rw.paydesk.core.reconciliation.application.ReconciliationDesk;
import rw.paydesk.payouts.batch.application.BatchQueries;
import rw.paydesk.payouts.beneficiary.application.BeneficiaryService;
import rw.paydesk.payouts.figures.application.PayoutFigures;
import rw.paydesk.payouts.request.application.PayoutQueries;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The dashboard. Everyone who works with money sees the balances, today's figures, the last
 * 30 days and what waits for them; an administrator alone sees no money. Each figure comes
 * from a service that checks the roles again.
 */
@Named
@RequestScoped
public class DashboardBean {

    private static final Logger LOG = Logger.getLogger(DashboardBean.class.getName());
    private static final int CHART_DAYS = 30;
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    @Inject
    BalanceService balanceService;

    @Inject
    CollectionFigures collections;

    @Inject
    PayoutFigures payouts;

    @Inject
    PayoutQueries payoutQueries;

    @Inject
    BeneficiaryService beneficiaries;

    @Inject
    BatchQueries batches;

    @Inject
    ReconciliationDesk reconciliation;

    /** The chart's currency, from the page's parameter; RWF when absent or not among the chart's. */
    private String currency;

    private List<GatewayBalance> balances;
    private String balanceProblem;
    private List<CurrencyFigures> collectedToday;
    private List<CurrencyFigures> paidToday;
    private List<DailyAmount> collectedDaily;
    private List<DailyAmount> paidDaily;
    private List<WaitingItem> waiting;

    public boolean isSeesMoney() {
        return security.isCallerInRole(Role.MAKER_NAME) || security.isCallerInRole(Role.APPROVER_NAME)
                || security.isCallerInRole(Role.VIEWER_NAME);
    }

    public boolean isApprover() {
        return security.isCallerInRole(Role.APPROVER_NAME);
    }

    public String getToday() {
        return TODAY.format(DayRange.today(clock).first());
    }

    // --- balances -----------------------------------------------------------------------------

    public List<GatewayBalance> getBalances() {
        if (balances == null) {
            try {
                balances = balanceService.balances();
            } catch (GatewayUnavailableException e) {
                balances = unreadable("the gateway could not be reached");
            } catch (GatewayOutcomeUnknownException e) {
                balances = unreadable("the gateway did not answer in time, or answered with an error");
            } catch (GatewayRejectedException e) {
                balances = unreadable("the gateway refused: " + e.getMessage());
            } catch (EJBException e) {
                LOG.log(Level.WARNING, "balances for the dashboard", e);
                balances = unreadable("an unexpected error");
            }
        }
        return balances;
    }

    private List<GatewayBalance> unreadable(String why) {
        balanceProblem = "The balances could not be read just now (" + why + "). The rest of this page comes from"
                + " PayDesk's own records; reload the page to try the gateway again.";
        return List.of();
    }

    public String getBalanceProblem() {
        getBalances();
        return balanceProblem;
    }

    // --- today ----------------------------------------------------------------------------------

    public List<CurrencyFigures> getCollectedToday() {
        if (collectedToday == null) {
            collectedToday = collections.asked(DayRange.today(clock));
        }
        return collectedToday;
    }

    public List<CurrencyFigures> getPaidToday() {
        if (paidToday == null) {
            paidToday = payouts.sent(DayRange.today(clock));
        }
        return paidToday;
    }

    /** Under the collected amount: "3 received · 1 waiting · 2 failed". */
    public String collectionsLine(CurrencyFigures f) {
        return join(f.done().count() + " received", f.underWay().count(), " waiting", f.failed().count(), " failed");
    }

    /** Under the paid amount: "2 paid · 1 under way · 1 failed". */
    public String payoutsLine(CurrencyFigures f) {
        return join(f.done().count() + " paid", f.underWay().count(), " under way", f.failed().count(), " failed");
    }

    private static String join(String first, long second, String secondWord, long third, String thirdWord) {
        StringBuilder s = new StringBuilder(first);
        if (second > 0) {
            s.append(" · ").append(second).append(secondWord);
        }
        if (third > 0) {
            s.append(" · ").append(third).append(thirdWord);
        }
        return s.toString();
    }

    // --- the last 30 days ---------------------------------------------------------------------

    /** The page parameter as given; read by {@code f:viewParam}, so it asks no service. */
    public String getCurrency() {
        return currency;
    }

    /** The chart's currency: the parameter when anything moved in it, else RWF. */
    public String getShownCurrency() {
        return getChartCurrencies().contains(currency) ? currency : "RWF";
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    /** The currencies anything was collected or paid in over the chart's days, RWF first. */
    public List<String> getChartCurrencies() {
        List<DailyAmount> all = new ArrayList<>(collectedDaily());
        all.addAll(paidDaily());
        return DailySeries.currencies(all);
    }

    public String getChart() {
        DayRange range = chartRange();
        String shown = getShownCurrency();
        return ChartJson.bars(range.days(), shown, DailySeries.amounts(range, shown, collectedDaily()),
                DailySeries.amounts(range, shown, paidDaily()));
    }

    /** The chart in words, for screen readers and for whoever prefers numbers. */
    public String getChartSummary() {
        DayRange range = chartRange();
        String shown = getShownCurrency();
        BigDecimal in = DailySeries.amounts(range, shown, collectedDaily()).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal out = DailySeries.amounts(range, shown, paidDaily()).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return "Last " + CHART_DAYS + " days: collected " + Money.rounded(in, Money.currency(shown)).format()
                + ", paid out " + Money.rounded(out, Money.currency(shown)).format() + ".";
    }

    private DayRange chartRange() {
        return DayRange.lastDays(CHART_DAYS, clock);
    }

    private List<DailyAmount> collectedDaily() {
        if (collectedDaily == null) {
            collectedDaily = collections.collectedPerDay(chartRange());
        }
        return collectedDaily;
    }

    private List<DailyAmount> paidDaily() {
        if (paidDaily == null) {
            paidDaily = payouts.paidPerDay(chartRange());
        }
        return paidDaily;
    }

    // --- waiting for the user -----------------------------------------------------------------

    /** What waits for this user, each with the page where it is handled; only what there is. */
    public List<WaitingItem> getWaiting() {
        if (waiting == null) {
            List<WaitingItem> items = new ArrayList<>();
            if (isApprover()) {
                items.add(WaitingItem.of("waiting-payouts", payoutQueries.awaitingApprovalCount(), "payout to approve",
                        "payouts to approve", "/payouts/index.xhtml", "pi pi-send", false));
                items.add(WaitingItem.of("waiting-beneficiaries", beneficiaries.waitingForApproval(),
                        "beneficiary to check", "beneficiaries to check", "/payouts/beneficiaries.xhtml", "pi pi-id-card", false));
                items.add(WaitingItem.of("waiting-batches", batches.awaitingApprovalCount(), "bulk payout batch to approve",
                        "bulk payout batches to approve", "/payouts/bulk/index.xhtml", "pi pi-file-import", false));
            }
            if (isApprover() || security.isCallerInRole(Role.VIEWER_NAME)) {
                items.add(WaitingItem.of("open-exceptions", reconciliation.exceptions(),
                        "reconciliation exception to explain", "reconciliation exceptions to explain",
                        "/reconciliation/index.xhtml", "pi pi-exclamation-triangle", false));
            }
            items.add(WaitingItem.of("unknown-payouts", payouts.unknownPayouts(),
                    "payout whose outcome the gateway has not told yet (UNKNOWN)",
                    "payouts whose outcome the gateway has not told yet (UNKNOWN)", "/payouts/index.xhtml",
                    "pi pi-question-circle", true));
            items.add(WaitingItem.of("unknown-rows", payouts.unknownBatchRows(),
                    "bulk payout row whose outcome the gateway has not told yet (UNKNOWN)",
                    "bulk payout rows whose outcome the gateway has not told yet (UNKNOWN)", "/payouts/bulk/index.xhtml",
                    "pi pi-question-circle", true));
            items.add(WaitingItem.of("unknown-charges", collections.unknownCount(),
                    "collection whose outcome the gateway has not told yet (UNKNOWN)",
                    "collections whose outcome the gateway has not told yet (UNKNOWN)", "/collections/index.xhtml",
                    "pi pi-question-circle", true));
            waiting = items.stream().filter(i -> i.count() > 0).toList();
        }
        return waiting;
    }

    /** Whether any money waits in UNKNOWN, which the page then explains. */
    public boolean isAnyUnknown() {
        return getWaiting().stream().anyMatch(WaitingItem::alert);
    }
}
