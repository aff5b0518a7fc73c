package rw.paydesk.payouts.batch.domain;

import jakarta.ejb.ApplicationException;

/**
 * A payout file refused as a whole (not UTF-8, no header, an unknown column, empty, too
 * large), with a message that tells the maker what to fix. Nothing of it is stored.
 */
@ApplicationException(rollback = true)
public class BatchFileException extends RuntimeException {

    public BatchFileException(String message) {
        super(message);
    }
}
