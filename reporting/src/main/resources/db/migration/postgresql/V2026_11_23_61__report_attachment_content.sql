-- The rendered file itself, kept so that every retry sends the same bytes (and SHA-256).
ALTER TABLE report_attachment ADD COLUMN content BYTEA NOT NULL;
