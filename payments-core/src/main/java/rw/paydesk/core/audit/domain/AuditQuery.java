package rw.paydesk.core.audit.domain;

import java.time.Instant;

/**
 * What an administrator searches the audit log for. Every field is optional.
 *
 * @param actor  exact user name (case-insensitive)
 * @param action one kind of event
 * @param text   a fragment of the target or the detail
 * @param from   inclusive lower bound of the time
 * @param to     exclusive upper bound of the time
 */
public record AuditQuery(String actor, AuditAction action, String text, Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }

    public AuditQuery {
        actor = blankToNull(actor);
        text = blankToNull(text);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("The start of the period must be before its end.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
