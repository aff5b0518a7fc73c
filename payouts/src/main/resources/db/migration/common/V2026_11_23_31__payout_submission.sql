-- What submission needs to keep: the fee the approvers were shown, the transfer id the
-- gateway's webhook names, why an approved payout is held back, how often it was sent and
-- when its status is checked next. A sandbox-only simulation context.
ALTER TABLE payout ADD COLUMN expected_fee DECIMAL(19, 4);
ALTER TABLE payout ADD COLUMN transfer_id VARCHAR(64);
ALTER TABLE payout ADD COLUMN hold_reason VARCHAR(300);
ALTER TABLE payout ADD COLUMN send_attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE payout ADD COLUMN next_check_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE payout ADD COLUMN status_checks INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE payout ADD COLUMN simulation_context VARCHAR(40);
CREATE INDEX payout_check_ix ON payout (status, next_check_at);
