-- A job that must run once across the cluster takes a lease row: whoever updates it while it is
-- free (or expired) runs the job; the others skip that turn.
CREATE TABLE job_lease (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    holder      VARCHAR(128),
    until       TIMESTAMP WITH TIME ZONE,
    last_run_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO job_lease (name) VALUES ('reconciliation');

-- Open charges (PENDING, UNKNOWN) are asked about on a back-off schedule until they are final.
ALTER TABLE charge ADD COLUMN next_check_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE charge ADD COLUMN status_checks INTEGER DEFAULT 0 NOT NULL;
CREATE INDEX charge_check_ix ON charge (status, next_check_at);
