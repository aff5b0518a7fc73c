package rw.paydesk.core.webhook.application;

/**
 * A webhook delivery whose secret was accepted, as the endpoint read it.
 *
 * @param deliveryId the gateway's {@code DGS-Webhook-Id}, if sent
 * @param body       the body exactly as sent (UTF-8 decoded)
 * @param userAgent  the {@code User-Agent} header, if sent
 */
public record IncomingWebhook(String deliveryId, String body, String userAgent) {
}
