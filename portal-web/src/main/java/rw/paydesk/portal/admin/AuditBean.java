package rw.paydesk.portal.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import rw.paydesk.core.audit.application.AuditSearch;
import rw.paydesk.core.audit.domain.AuditAction;
import rw.paydesk.core.audit.domain.AuditEvent;
import rw.paydesk.core.audit.domain.AuditQuery;
import rw.paydesk.portal.faces.Formats;
import rw.paydesk.portal.faces.Messages;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The audit log page: filters and a lazily loaded, paged table, newest first. */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditSearch search;

    private String actor;
    private AuditAction action;
    private String text;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<AuditEvent> events = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) search.count(query());
        }

        @Override
        public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return search.find(query(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEvent event) {
            return String.valueOf(event.id());
        }
    };

    public void apply() {
        if (from != null && to != null && to.isBefore(from)) {
            Messages.error("The 'to' date is before the 'from' date.");
        }
    }

    public void clear() {
        actor = null;
        action = null;
        text = null;
        from = null;
        to = null;
    }

    private AuditQuery query() {
        Instant start = from == null ? null : from.atStartOfDay(Formats.KIGALI).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(Formats.KIGALI).toInstant();
        if (start != null && end != null && !start.isBefore(end)) {
            end = null;
        }
        return new AuditQuery(actor, action, text, start, end);
    }

    public LazyDataModel<AuditEvent> getEvents() {
        return events;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
