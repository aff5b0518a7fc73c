package rw.paydesk.portal.transactions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import rw.paydesk.core.ledger.application.LedgerQueries;
import rw.paydesk.core.ledger.application.LedgerSync;
import rw.paydesk.core.ledger.domain.Direction;
import rw.paydesk.core.ledger.domain.LedgerEntry;
import rw.paydesk.core.ledger.domain.LedgerSort;
import rw.paydesk.core.ledger.domain.LedgerStatus;
import rw.paydesk.portal.faces.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The Transactions page: the ledger a page at a time (the database filters, sorts and pages),
 * newest first, with export links for exactly the rows the filters select.
 */
@Named
@ViewScoped
public class TransactionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LedgerQueries ledger;

    @Inject
    LedgerSync sync;

    private final TransactionSearch search = new TransactionSearch();
    private String problem;

    private final LazyDataModel<LedgerEntry> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (problem != null) {
                return 0;
            }
            return (int) Math.min(Integer.MAX_VALUE, ledger.count(search.filter()));
        }

        @Override
        public List<LedgerEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (problem != null) {
                return List.of();
            }
            sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().ifPresent(s -> {
                search.setSortColumn(LedgerSort.Column.of(s.getField()));
                search.setAscending(s.getOrder() == SortOrder.ASCENDING);
            });
            return ledger.page(search.filter(), search.sort(), first, pageSize);
        }

        @Override
        public String getRowKey(LedgerEntry entry) {
            return entry.reference();
        }
    };

    /** On opening the page: what was just done in PayDesk is listed at once, not after the next sync. */
    public void open() {
        sync.catchUpLocal();
    }

    public void apply() {
        problem = null;
        try {
            search.filter();
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
            Messages.error(e.getMessage());
        }
    }

    public void clear() {
        search.clear();
        problem = null;
    }

    /** The export of the rows the filters select, in one format: {@code csv}, {@code xlsx} or {@code pdf}. */
    public String exportUrl(String format) {
        return "export?format=" + format + "&" + search.queryString();
    }

    public LazyDataModel<LedgerEntry> getEntries() {
        return entries;
    }

    public TransactionSearch getSearch() {
        return search;
    }

    public Direction[] getDirections() {
        return Direction.values();
    }

    public LedgerStatus[] getStatuses() {
        return LedgerStatus.values();
    }
}
