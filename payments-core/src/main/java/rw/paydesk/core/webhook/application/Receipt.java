package rw.paydesk.core.webhook.application;

import rw.paydesk.core.webhook.domain.ProcessingStatus;

/**
 * What the inbox made of a delivery the moment it was stored.
 *
 * @param id     the stored event's id
 * @param status RECEIVED (to be processed), DUPLICATE or MALFORMED
 */
public record Receipt(long id, ProcessingStatus status) {
}
