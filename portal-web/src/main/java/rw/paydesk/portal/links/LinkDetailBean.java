package rw.paydesk.portal.links;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import rw.paydesk.core.gateway.GatewayAccounts;
import rw.paydesk.core.link.application.PaymentLinkQueries;
import rw.paydesk.core.link.domain.LinkStatus;
import rw.paydesk.core.link.domain.PaymentLink;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;

/** One payment link: its QR code, its address to copy, and its state, kept current. */
@Named
@ViewScoped
public class LinkDetailBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PaymentLinkQueries queries;

    @Inject
    ExternalContext external;

    @Inject
    GatewayAccounts gateways;

    @Inject
    Clock clock;

    private Long id;
    private transient PaymentLink link;
    private String qrCode;

    /** f:viewAction: an unknown id answers 404 rather than an empty page. */
    public void load() throws IOException {
        link = id == null ? null : queries.byId(id).orElse(null);
        if (link == null) {
            external.responseSendError(404, "No such payment link");
            return;
        }
        if (link.url() != null) {
            qrCode = QrCodes.pngDataUri(link.url(), 280);
        }
    }

    public void refresh() {
        link = queries.byId(id).orElse(link);
    }

    public PaymentLink getLink() {
        if (link == null && id != null) {
            link = queries.byId(id).orElse(null);
        }
        return link;
    }

    public String getState() {
        PaymentLink l = getLink();
        return l == null ? "" : l.isExpiredAt(clock.instant()) ? "EXPIRED" : l.status().name();
    }

    public boolean isWaiting() {
        PaymentLink l = getLink();
        return l != null && l.status() == LinkStatus.ACTIVE && !l.isExpiredAt(clock.instant());
    }

    /** The name of the gateway account the link was made through. */
    public String getGatewayName() {
        PaymentLink l = getLink();
        return l == null ? "" : gateways.nameOf(l.gateway());
    }

    public String getQrCode() {
        return qrCode;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
