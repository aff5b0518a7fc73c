package rw.paydesk.core.withdrawal.application;

import java.math.BigDecimal;

/**
 * What an approver typed to withdraw the merchant's money, apart from the PIN, which travels on
 * its own as a {@code char[]} so that it is never part of a record, a log line or an audit text.
 *
 * @param gateway the gateway account to withdraw from; blank for the only one that offers withdrawals
 * @param amount  in RWF, whole francs
 * @param phone   the merchant's own MTN or Airtel Rwanda number, as typed
 */
public record WithdrawalRequest(String gateway, BigDecimal amount, String phone) {
}
