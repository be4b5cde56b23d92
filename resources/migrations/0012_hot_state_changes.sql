-- 0012 (issue 16): a purchase going online, and a grant going live, change
-- no indexed column, so PostgreSQL can update them in place (a HOT update:
-- no new entry in any index) and SQLite touches no index at all. Each paid
-- purchase used to write every index of purchases (nine) and of grants
-- (six) once more just to move its state.
--
-- The indexes that held `state` held it for a few lookups; each now has an
-- index on what it really asks:
--   - the purchases to ask M-Pesa about: those with a query time set;
--   - the prompts never sent: no CheckoutRequestID and no result yet;
--   - the day's purchases (reports): by creation time;
--   - the grants not yet over (expiry, live sessions): no end time yet.
-- An ended grant always has its end time (expiry and revoke both set it);
-- older rows that lack one get it here, so the lookups miss none.
UPDATE grants SET ended_at = updated_at WHERE ended_at IS NULL AND state NOT IN ('pending', 'active');
DROP INDEX grants_expiry;
CREATE INDEX grants_open ON grants (expires_at) WHERE ended_at IS NULL;
DROP INDEX purchases_state;
CREATE INDEX purchases_created ON purchases (created_at);
CREATE INDEX purchases_query_due ON purchases (next_query_at) WHERE next_query_at IS NOT NULL;
CREATE INDEX purchases_unsent ON purchases (created_at) WHERE checkout_request_id IS NULL AND result_code IS NULL;
