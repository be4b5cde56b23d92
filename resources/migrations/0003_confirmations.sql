-- 0003 (issue 14): a success callback counts as revenue only once M-Pesa
-- confirms it through STK Query. The customer goes online at once; a
-- success M-Pesa does not confirm in time is revoked and shown to staff.
--   confirm_state: NULL (nothing to confirm: pending, failed, paybill),
--   'unconfirmed' (a callback said paid; a query is due at confirm_next_at),
--   'confirmed', 'refuted' (M-Pesa said otherwise, or never said: revoked).
ALTER TABLE purchases ADD COLUMN confirm_state TEXT CHECK (confirm_state IN ('unconfirmed', 'confirmed', 'refuted'));
ALTER TABLE purchases ADD COLUMN confirm_next_at BIGINT;
ALTER TABLE purchases ADD COLUMN confirm_attempts INTEGER NOT NULL DEFAULT 0;
CREATE INDEX purchases_confirm ON purchases (confirm_state, confirm_next_at);

-- The callback token is a server secret: it leaves the shared database,
-- where every desk could read it and forge M-Pesa's callbacks.
DELETE FROM office_settings WHERE key = 'callback_token';
