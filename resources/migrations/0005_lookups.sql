-- 0005 (issue 16): an index for every lookup on the money path, so a
-- payment costs the same with a year of history behind it as on day one.
-- Without them the device's live grant was found by walking every live
-- grant, a grant's purchases by walking every paid one, and each new
-- purchase read the whole callback log for a callback that came early.
CREATE INDEX grants_device ON grants (router_id, mac, expires_at);
CREATE INDEX grants_customer ON grants (router_id, customer_id, expires_at);
CREATE INDEX purchases_grant ON purchases (grant_id);
CREATE INDEX callback_log_parked ON callback_log (id) WHERE outcome = 'parked';
