package rw.paydesk.core.gateway;

import java.math.BigDecimal;

/**
 * One currency's balance at the gateway.
 *
 * @param currency     ISO 4217
 * @param balance      withdrawable + pending
 * @param withdrawable what can be paid out now
 * @param pending      collected but not yet settled
 */
public record GatewayBalance(String currency, BigDecimal balance, BigDecimal withdrawable, BigDecimal pending) {
}
