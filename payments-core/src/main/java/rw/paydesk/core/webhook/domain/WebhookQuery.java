package rw.paydesk.core.webhook.domain;

/**
 * What an administrator looks for in the webhook log. Both fields are optional.
 *
 * @param status    one processing status
 * @param reference a fragment of the merchant reference (case-insensitive)
 */
public record WebhookQuery(ProcessingStatus status, String reference) {

    public static WebhookQuery all() {
        return new WebhookQuery(null, null);
    }

    public WebhookQuery {
        reference = reference == null || reference.isBlank() ? null : reference.trim();
    }
}
