package rw.paydesk.core.gateway;

/**
 * A bank the gateway pays out to.
 *
 * @param codeName what payouts name it by ({@code access_rwanda})
 * @param code     the bank's clearing code
 * @param name     for people
 */
public record Bank(String codeName, String code, String name) {
}
