package rw.paydesk.reporting.render;

import java.util.Locale;

/** The file formats a report is downloaded and mailed in. */
public enum ReportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PDF("application/pdf", "pdf");

    private final String contentType;
    private final String extension;

    ReportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    /** Without the dot: "csv". */
    public String extension() {
        return extension;
    }

    /**
     * The format of this name, in any case ("csv", "XLSX").
     *
     * @throws IllegalArgumentException with a message for the user
     */
    public static ReportFormat fromName(String name) {
        String n = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (f.name().equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("A report is written as CSV, XLSX or PDF, not '"
                + (name == null ? "" : name) + "'.");
    }
}
