package rw.paydesk.core.gateway;

import java.util.List;

/**
 * One page of the gateway's transaction list.
 *
 * @param transactions the movements of the page, in the gateway's order
 * @param limit        the page size asked for
 * @param offset       where the page starts
 * @param total        how many there are in all, when the gateway says (not in the docs)
 */
public record TransactionPage(List<ListedTransaction> transactions, int limit, int offset, Long total) {

    public TransactionPage {
        transactions = List.copyOf(transactions);
    }

    /** A page shorter than asked for is the last one. */
    public boolean isLast() {
        return transactions.size() < limit;
    }
}
