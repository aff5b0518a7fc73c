-- H2 keeps CLOB values in its LOB store, which cost noticeable CPU (a LOB cleaner thread and
-- reference comparisons) at 200 charges per second. These JSON texts are small: plain text.
ALTER TABLE txn ALTER COLUMN details SET DATA TYPE VARCHAR(100000);
ALTER TABLE payment_link ALTER COLUMN metadata SET DATA TYPE VARCHAR(100000);
ALTER TABLE webhook_delivery ALTER COLUMN payload SET DATA TYPE VARCHAR(100000);
