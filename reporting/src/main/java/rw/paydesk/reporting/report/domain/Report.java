package rw.paydesk.reporting.report.domain;

import rw.paydesk.reporting.period.domain.ReportPeriod;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One report for one period, as built at {@code generatedAt}: its tables and charts. The page,
 * the files and the mail are all made from the same object, so they show the same numbers.
 */
public record Report(ReportKind kind, ReportPeriod period, Instant generatedAt, List<Section> sections,
                     List<Chart> charts) implements Serializable {

    /** The id of the section with the headline figures. */
    public static final String TOTALS = "totals";

    public Report {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(generatedAt, "generatedAt");
        sections = List.copyOf(sections);
        charts = List.copyOf(charts);
        if (sections.stream().noneMatch(s -> s.id().equals(TOTALS))) {
            throw new IllegalArgumentException("a report has a section \"" + TOTALS + "\"");
        }
    }

    /** The headline figures. */
    public Section totals() {
        return section(TOTALS).orElseThrow();
    }

    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** "Settlement summary, Monday 23 November 2026". */
    public String title() {
        return kind.label() + ", " + period.label();
    }

    /** The sections short enough for a summary (all but the lists of individual records). */
    public List<Section> summarySections() {
        return sections.stream().filter(s -> !s.detail()).toList();
    }

    /** The list of individual records, if the report has one. */
    public Optional<Section> detail() {
        return sections.stream().filter(Section::detail).findFirst();
    }
}
