-- What a successful collection put in pending_balance, kept when the control API amends its
-- amount afterwards, so settlement moves what was credited. NULL: the same as amount.
ALTER TABLE txn ADD COLUMN credited DECIMAL(19, 4);
