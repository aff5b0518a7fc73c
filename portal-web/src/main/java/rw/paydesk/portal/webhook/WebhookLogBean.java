package rw.paydesk.portal.webhook;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import rw.paydesk.core.webhook.application.WebhookLog;
import rw.paydesk.core.webhook.domain.ProcessingStatus;
import rw.paydesk.core.webhook.domain.WebhookEvent;
import rw.paydesk.core.webhook.domain.WebhookException;
import rw.paydesk.core.webhook.domain.WebhookQuery;
import rw.paydesk.portal.faces.Messages;

import java.io.Serializable;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The webhook log page: filters, a lazily loaded table newest first, the raw body, replay. */
@Named
@ViewScoped
public class WebhookLogBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WebhookLog log;

    private ProcessingStatus status;
    private String reference;

    private final LazyDataModel<WebhookEvent> events = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) log.count(query());
        }

        @Override
        public List<WebhookEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return log.find(query(), first, pageSize);
        }

        @Override
        public String getRowKey(WebhookEvent event) {
            return String.valueOf(event.id());
        }
    };

    public void clear() {
        status = null;
        reference = null;
    }

    public void replay(long id) {
        try {
            WebhookEvent after = log.replay(id);
            Messages.info("Event #" + id + " replayed: " + after.status() + " — " + after.outcome());
        } catch (WebhookException refused) {
            Messages.error(refused.getMessage());
        } catch (EJBException failed) {
            Messages.error("Event #" + id + " could not be replayed. See the server log.");
        }
    }

    /** The body indented for reading; as received when it is not JSON. The page escapes it. */
    public String pretty(WebhookEvent event) {
        Optional<JsonObject> json = WebhookEvent.parse(event.rawBody());
        if (json.isEmpty()) {
            return event.rawBody();
        }
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(json.get());
        }
        return out.toString().strip();
    }

    private WebhookQuery query() {
        return new WebhookQuery(status, reference);
    }

    public LazyDataModel<WebhookEvent> getEvents() {
        return events;
    }

    public ProcessingStatus[] getStatuses() {
        return ProcessingStatus.values();
    }

    public ProcessingStatus getStatus() {
        return status;
    }

    public void setStatus(ProcessingStatus status) {
        this.status = status;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
