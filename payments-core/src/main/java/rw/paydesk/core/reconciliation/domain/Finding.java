package rw.paydesk.core.reconciliation.domain;

import java.util.Objects;

/**
 * One difference as a match finds it: its kind, what each account says (null where an account
 * says nothing of it) and a sentence a finance clerk can act on.
 */
public record Finding(DifferenceKind kind, String ours, String gateway, String webhook, String explanation) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** The evidence, to tell whether a resolved difference came back with something new. */
    String evidence() {
        return ours + "|" + gateway + "|" + webhook;
    }
}
