-- More than one gateway account (issue 8): every record says which account it belongs to.
-- Everything made before was made through DGS-Pay API v2, the account called 'dgs'.
ALTER TABLE charge ADD COLUMN gateway VARCHAR(24) DEFAULT 'dgs' NOT NULL;
-- the gateway's own reference, for APIs that take none of ours (DGS-Pay charges: dgs_…)
ALTER TABLE charge ADD COLUMN gateway_reference VARCHAR(64);
CREATE INDEX charge_gateway_transaction ON charge (gateway, gateway_transaction_id);

ALTER TABLE ledger_entry ADD COLUMN gateway VARCHAR(24) DEFAULT 'dgs' NOT NULL;
CREATE INDEX ledger_entry_gateway ON ledger_entry (gateway, created_at);

ALTER TABLE webhook_event ADD COLUMN gateway VARCHAR(24) DEFAULT 'dgs' NOT NULL;
