package rw.paydesk.core.reconciliation.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the differences list shows: some states, one kind or all, and references starting with
 * some text.
 */
public record DifferenceFilter(Set<DifferenceState> states, DifferenceKind kind, String reference) {

    public DifferenceFilter {
        states = states == null || states.isEmpty() ? EnumSet.allOf(DifferenceState.class) : EnumSet.copyOf(states);
        reference = reference == null || reference.isBlank() ? null : reference.strip();
    }

    /** What still needs the accounts to agree or a person: expected and exceptions. */
    public static DifferenceFilter open() {
        return new DifferenceFilter(EnumSet.of(DifferenceState.EXPECTED, DifferenceState.EXCEPTION), null, null);
    }
}
