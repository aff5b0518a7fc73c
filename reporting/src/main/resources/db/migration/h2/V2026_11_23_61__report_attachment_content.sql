-- The rendered file itself, kept so that every retry sends the same bytes (and SHA-256).
ALTER TABLE report_attachment ADD COLUMN content VARBINARY(1000000000) NOT NULL;
