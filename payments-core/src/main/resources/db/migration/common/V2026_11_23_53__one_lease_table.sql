-- One lease mechanism for every job that must run once at a time across the cluster: the ledger
-- sync moves from its own lease columns to a row of job_lease, like reconciliation.
INSERT INTO job_lease (name) VALUES ('ledger-sync');
ALTER TABLE ledger_sync_cursor DROP COLUMN leased_by;
ALTER TABLE ledger_sync_cursor DROP COLUMN lease_until;
