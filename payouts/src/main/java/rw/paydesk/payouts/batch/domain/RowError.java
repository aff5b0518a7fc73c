package rw.paydesk.payouts.batch.domain;

import java.util.List;

/** What is wrong with one row of a file: its line and every problem found on it. */
public record RowError(int line, List<String> problems) {

    public RowError {
        problems = List.copyOf(problems);
    }

    public String message() {
        return String.join(" ", problems);
    }
}
