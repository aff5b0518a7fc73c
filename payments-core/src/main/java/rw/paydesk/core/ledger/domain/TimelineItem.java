package rw.paydesk.core.ledger.domain;

import java.time.Instant;

/**
 * One moment in the life of a movement, for its detail page.
 *
 * @param at     when
 * @param source {@link Source#PAYDESK} (our request and our steps, from the audit log),
 *               {@link Source#WEBHOOK} (what the gateway told us), {@link Source#GATEWAY_LIST}
 *               (what its transaction list says)
 * @param what   a short title
 * @param detail the rest, or {@code null}
 * @param actor  who, for PayDesk's steps
 */
public record TimelineItem(Instant at, Source source, String what, String detail, String actor) {

    /** Where a moment of the timeline is known from. */
    public enum Source {
        PAYDESK("PayDesk"), WEBHOOK("Webhook"), GATEWAY_LIST("Gateway list");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
