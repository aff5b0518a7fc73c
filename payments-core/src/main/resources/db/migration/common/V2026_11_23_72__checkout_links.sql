-- Payment links through more than one gateway account (issue 8): a Rwanda Pay link is a hosted
-- checkout session. Every link made before went through DGS-Pay API v2, the account called 'dgs'.
ALTER TABLE payment_link ADD COLUMN gateway VARCHAR(24) DEFAULT 'dgs' NOT NULL;
-- our reference of a checkout session (its tx_ref and idempotency key), stored before the call;
-- DGS-Pay links have none
ALTER TABLE payment_link ADD COLUMN reference VARCHAR(50);
ALTER TABLE payment_link ADD CONSTRAINT payment_link_reference_uk UNIQUE (reference);
-- what the gateway says the customer paid, and its fee, once paid
ALTER TABLE payment_link ADD COLUMN paid_amount DECIMAL(19, 4);
ALTER TABLE payment_link ADD COLUMN fee DECIMAL(19, 4);
