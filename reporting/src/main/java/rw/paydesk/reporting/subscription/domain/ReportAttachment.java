package rw.paydesk.reporting.subscription.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A file of a run, rendered once, with the SHA-256 the mail gives for it. */
@Entity
@Table(name = "report_attachment")
public class ReportAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private Long runId;

    @Column(name = "file_name", nullable = false, updatable = false, length = 120)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected ReportAttachment() {
        // JPA
    }

    public static ReportAttachment of(Long runId, String fileName, String contentType, byte[] content) {
        ReportAttachment a = new ReportAttachment();
        a.runId = runId;
        a.fileName = fileName;
        a.contentType = contentType;
        a.content = content.clone();
        a.sizeBytes = content.length;
        a.sha256 = sha256(content);
        return a;
    }

    /** Lower-case hex, as {@code sha256sum} prints it. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public Long id() {
        return id;
    }

    public Long runId() {
        return runId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content.clone();
    }
}
