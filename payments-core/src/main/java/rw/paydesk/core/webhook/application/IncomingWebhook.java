package rw.paydesk.core.webhook.application;

/**
 * A webhook delivery whose secret was accepted, as the endpoint read it.
 *
 * @param gateway    the gateway account that sent it
 * @param deliveryId the gateway's delivery id ({@code DGS-Webhook-Id}), if sent
 * @param eventId    the gateway's id of the event, the same on every retry (Rwanda Pay), if sent
 * @param body       the body exactly as sent (UTF-8 decoded)
 * @param userAgent  the {@code User-Agent} header, if sent
 */
public record IncomingWebhook(String gateway, String deliveryId, String eventId, String body, String userAgent) {

    /** A DGS-Pay webhook: its delivery id changes on redelivery, so its content identifies the event. */
    public IncomingWebhook(String deliveryId, String body, String userAgent) {
        this("dgs", deliveryId, null, body, userAgent);
    }
}
