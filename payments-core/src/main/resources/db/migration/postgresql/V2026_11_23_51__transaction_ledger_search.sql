-- Reference and phone are searched by their beginning (LIKE 'abc%'); PostgreSQL uses a b-tree
-- for that only with the pattern operator class when the database's collation is not C.
CREATE INDEX ledger_entry_reference_prefix_ix ON ledger_entry (reference varchar_pattern_ops);
CREATE INDEX ledger_entry_party_prefix_ix ON ledger_entry (party varchar_pattern_ops);
