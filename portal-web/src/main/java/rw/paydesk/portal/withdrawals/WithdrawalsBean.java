package rw.paydesk.portal.withdrawals;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import rw.paydesk.core.collection.application.InputException;
import rw.paydesk.core.gateway.GatewayAccount;
import rw.paydesk.core.gateway.GatewayAccounts;
import rw.paydesk.core.money.Money;
import rw.paydesk.core.party.Country;
import rw.paydesk.core.party.PhoneNumber;
import rw.paydesk.core.withdrawal.application.WithdrawalQueries;
import rw.paydesk.core.withdrawal.application.WithdrawalRequest;
import rw.paydesk.core.withdrawal.application.WithdrawalService;
import rw.paydesk.core.withdrawal.domain.Withdrawal;
import rw.paydesk.portal.faces.FieldErrors;
import rw.paydesk.portal.faces.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The withdrawals page: an approver withdraws to the merchant's own wallet; everyone who may
 * open the page watches recent withdrawals move to their outcome without reloading. The PIN is
 * not a field of this bean: it comes from {@link WithdrawalPinField}, which lives one request.
 */
@Named
@ViewScoped
public class WithdrawalsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 50;

    @Inject
    WithdrawalService withdrawals;

    @Inject
    WithdrawalQueries queries;

    @Inject
    GatewayAccounts gateways;

    @Inject
    WithdrawalPinField pinField;

    private String gateway;
    private BigDecimal amount;
    private String phone;

    private transient List<Withdrawal> recent;
    private transient List<GatewayAccount> accounts;

    public void withdraw() {
        try {
            String reference = withdrawals.withdraw(new WithdrawalRequest(gateway, amount, phone), pinField.take());
            Withdrawal sent = queries.byReference(reference).orElseThrow();
            switch (sent.status()) {
                case FAILED -> Messages.error("The gateway refused withdrawal " + reference + ": " + sent.gatewayMessage());
                case UNKNOWN -> Messages.error("No answer from the gateway for withdrawal " + reference
                        + ". Do not withdraw again: PayDesk will find out what happened and update it.");
                case SUCCESSFUL -> Messages.info("Withdrawal " + reference + " of " + sent.amount().format() + " is done.");
                default -> Messages.info("Withdrawal " + reference + " of " + sent.amount().format() + " to "
                        + phoneDisplay(sent) + " is on its way.");
            }
            amount = null;
            recent = null;
        } catch (InputException wrong) {
            FieldErrors.show("withdraw", wrong.fieldErrors());
        }
    }

    /** The switched-on accounts that offer withdrawals (asked of the service: approvers only). */
    public List<GatewayAccount> getAccounts() {
        if (accounts == null) {
            accounts = withdrawals.accounts();
        }
        return accounts;
    }

    /** The smallest withdrawal of the chosen account (or the only one), for the form's hint. */
    public String getMinimum() {
        String chosen = gateway != null ? gateway : getAccounts().isEmpty() ? null : getAccounts().get(0).id();
        return chosen == null ? "" : withdrawals.minimum(chosen).format();
    }

    public void refresh() {
        recent = null;
    }

    public List<Withdrawal> getRecent() {
        if (recent == null) {
            recent = queries.recent(SHOWN);
        }
        return recent;
    }

    /** Whether any withdrawal shown still waits for its outcome: the page keeps polling while so. */
    public boolean isAnyOpen() {
        return getRecent().stream().anyMatch(Withdrawal::isOpen);
    }

    public String gatewayName(Withdrawal w) {
        return gateways.nameOf(w.gateway());
    }

    public String phoneDisplay(Withdrawal w) {
        try {
            return PhoneNumber.parse(Country.RW, w.phone()).display();
        } catch (RuntimeException unreadable) {
            return w.phone();
        }
    }

    public String fee(Withdrawal w) {
        return w.fee() == null ? "" : Money.rounded(w.fee(), w.amount().currency()).format();
    }

    public String getGateway() {
        return gateway;
    }

    public void setGateway(String gateway) {
        this.gateway = gateway;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
