-- The step a card payment waits for (PIN, OTP, AVS, REDIRECT for 3-D Secure) and where the
-- cardholder authenticates. No card data is ever stored, not even encrypted.
ALTER TABLE charge ADD COLUMN next_step VARCHAR(16);
ALTER TABLE charge ADD COLUMN redirect_url VARCHAR(500);
