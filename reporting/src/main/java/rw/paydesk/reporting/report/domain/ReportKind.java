package rw.paydesk.reporting.report.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The reports PayDesk produces, each for any {@link rw.paydesk.reporting.period.domain.ReportPeriod}. */
public enum ReportKind {
    SETTLEMENT("Settlement summary", "settlement"),
    TRANSACTIONS("Transactions", "transactions"),
    PAYOUTS("Payouts", "payouts"),
    EXCEPTIONS("Reconciliation exceptions", "exceptions");

    private final String label;
    private final String slug;

    ReportKind(String label, String slug) {
        this.label = label;
        this.slug = slug;
    }

    /** For people: "Settlement summary". */
    public String label() {
        return label;
    }

    /** For addresses and file names: "settlement". */
    public String slug() {
        return slug;
    }

    /**
     * The kind whose slug this is (case and surrounding spaces ignored).
     *
     * @throws IllegalArgumentException naming the slugs there are
     */
    public static ReportKind fromSlug(String slug) {
        String s = slug == null ? "" : slug.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.slug.equals(s)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no report called '" + (slug == null ? "" : slug)
                        + "'; choose one of " + Arrays.stream(values()).map(ReportKind::slug)
                        .collect(Collectors.joining(", ")) + "."));
    }
}
