package rw.paydesk.core.gateway;

import java.time.Instant;

/**
 * A link the gateway created.
 *
 * @param token     the gateway's id of the link
 * @param url       what the customer opens
 * @param qrCodeUrl the gateway's QR code image of the link
 * @param expiresAt when the link stops working
 */
public record GatewayLink(String token, String url, String qrCodeUrl, Instant expiresAt) {
}
