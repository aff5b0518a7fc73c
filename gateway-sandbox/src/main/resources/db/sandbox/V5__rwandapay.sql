-- Rwanda Pay v1 emulation: its own merchant wallet, payments, refunds, checkout sessions,
-- withdrawals and idempotency keys. Amounts are whole RWF.

CREATE TABLE rwp_wallet (
    id        INT    PRIMARY KEY,
    available BIGINT NOT NULL,
    pending   BIGINT NOT NULL
);

CREATE TABLE rwp_payment (
    id                 BIGINT        PRIMARY KEY,
    reference          VARCHAR(30)   NOT NULL,
    merchant_reference VARCHAR(64),
    amount             BIGINT        NOT NULL,
    fee                BIGINT        NOT NULL,
    currency           CHAR(3)       NOT NULL,
    provider           VARCHAR(10)   NOT NULL,
    phone              VARCHAR(10)   NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    plan               VARCHAR(20)   NOT NULL,
    failure_reason     VARCHAR(200),
    callback_url       VARCHAR(1000),
    customer           VARCHAR(2000) NOT NULL,
    metadata           VARCHAR(100000) NOT NULL,
    checkout_session   VARCHAR(20),
    refunded_amount    BIGINT        NOT NULL,
    due_at             TIMESTAMP,
    expires_at         TIMESTAMP     NOT NULL,
    paid_at            TIMESTAMP,
    settle_at          TIMESTAMP,
    settled            BOOLEAN       NOT NULL,
    created_at         TIMESTAMP     NOT NULL,
    updated_at         TIMESTAMP     NOT NULL,
    CONSTRAINT rwp_payment_reference UNIQUE (reference),
    CONSTRAINT rwp_payment_merchant_reference UNIQUE (merchant_reference)
);
CREATE INDEX rwp_payment_due ON rwp_payment (status, due_at);
CREATE INDEX rwp_payment_settle ON rwp_payment (settled, settle_at);

CREATE TABLE rwp_refund (
    id         BIGINT       PRIMARY KEY,
    reference  VARCHAR(30)  NOT NULL,
    payment_id BIGINT       NOT NULL,
    amount     BIGINT       NOT NULL,
    reason     VARCHAR(500),
    status     VARCHAR(20)  NOT NULL,
    created_at TIMESTAMP    NOT NULL,
    CONSTRAINT rwp_refund_reference UNIQUE (reference)
);
CREATE INDEX rwp_refund_payment ON rwp_refund (payment_id);

CREATE TABLE rwp_checkout (
    session_id   VARCHAR(20)     PRIMARY KEY,
    tx_ref       VARCHAR(64)     NOT NULL,
    amount       BIGINT          NOT NULL,
    currency     CHAR(3)         NOT NULL,
    customer     VARCHAR(2000)   NOT NULL,
    redirect_url VARCHAR(1000)   NOT NULL,
    webhook_url  VARCHAR(1000),
    meta         VARCHAR(100000) NOT NULL,
    payment_id   BIGINT,
    expires_at   TIMESTAMP       NOT NULL,
    created_at   TIMESTAMP       NOT NULL,
    CONSTRAINT rwp_checkout_tx_ref UNIQUE (tx_ref)
);

CREATE TABLE rwp_withdrawal (
    id             BIGINT        PRIMARY KEY,
    reference      VARCHAR(30)   NOT NULL,
    amount         BIGINT        NOT NULL,
    fee            BIGINT        NOT NULL,
    phone          VARCHAR(10)   NOT NULL,
    provider       VARCHAR(10)   NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    failure_reason VARCHAR(200),
    callback_url   VARCHAR(1000),
    due_at         TIMESTAMP,
    completed_at   TIMESTAMP,
    created_at     TIMESTAMP     NOT NULL,
    updated_at     TIMESTAMP     NOT NULL,
    CONSTRAINT rwp_withdrawal_reference UNIQUE (reference)
);
CREATE INDEX rwp_withdrawal_due ON rwp_withdrawal (status, due_at);

-- One row per (API key, Idempotency-Key). The key's owner is a hash of the API key, never the key.
CREATE TABLE rwp_idempotency (
    key_owner   VARCHAR(64)     NOT NULL,
    idem_key    VARCHAR(255)    NOT NULL,
    fingerprint CHAR(64)        NOT NULL,
    state       VARCHAR(20)     NOT NULL,
    http_status INT,
    body        VARCHAR(100000),
    created_at  TIMESTAMP       NOT NULL,
    expires_at  TIMESTAMP       NOT NULL,
    PRIMARY KEY (key_owner, idem_key)
);
CREATE INDEX rwp_idempotency_expiry ON rwp_idempotency (expires_at);

-- Webhooks of more than one emulated gateway share the outbox: which gateway signs a delivery,
-- and the event id that stays the same on retries and duplicates (NULL for DGS-Pay).
ALTER TABLE webhook_delivery ADD COLUMN gateway VARCHAR(20);
ALTER TABLE webhook_delivery ADD COLUMN event_id VARCHAR(60);
