package rw.paydesk.portal.payouts.bulk;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import rw.paydesk.payouts.batch.application.BatchQueries;
import rw.paydesk.payouts.batch.application.PayoutBatchService;
import rw.paydesk.payouts.batch.application.UploadOutcome;
import rw.paydesk.payouts.batch.domain.BatchFile;
import rw.paydesk.payouts.batch.domain.PayoutBatch;
import rw.paydesk.payouts.batch.domain.RowError;
import rw.paydesk.portal.faces.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/** The bulk payouts page: upload a file (makers), the batches, and how many await approval. */
@Named
@ViewScoped
public class BulkPayoutsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PayoutBatchService service;

    @Inject
    BatchQueries queries;

    @Inject
    ExternalContext external;

    private transient Part file;
    private String fileName;
    private String refusal;
    private List<RowError> errors = List.of();
    private int rows;
    private transient List<PayoutBatch> batches;

    public void upload() throws IOException {
        refusal = null;
        errors = List.of();
        if (file == null || file.getSize() == 0) {
            refusal = "Choose a CSV file first.";
            return;
        }
        fileName = file.getSubmittedFileName();
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        UploadOutcome outcome = service.upload(fileName, content);
        if (outcome.isStored()) {
            external.getFlash().setKeepMessages(true);
            Messages.info("The file was checked: all " + outcome.rows() + " rows are fine. Review the summary and "
                    + "submit the batch for approval.");
            external.redirect(external.getRequestContextPath() + "/payouts/bulk/batch.xhtml?id=" + outcome.batchId());
            return;
        }
        refusal = outcome.refusal();
        errors = outcome.errors();
        rows = outcome.rows();
    }

    public List<PayoutBatch> getBatches() {
        if (batches == null) {
            batches = queries.recent(100);
        }
        return batches;
    }

    public long getAwaitingApproval() {
        return queries.awaitingApprovalCount();
    }

    public List<String> getColumns() {
        return BatchFile.COLUMNS;
    }

    public String status(PayoutBatch b) {
        return b.status().label();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }

    public String getRefusal() {
        return refusal;
    }

    public List<RowError> getErrors() {
        return errors;
    }

    public int getRows() {
        return rows;
    }
}
