-- 0001: the whole domain of DESIGN.md, for SQLite and PostgreSQL alike.
-- Money is integer cents of KES, times are UTC epoch seconds, booleans are
-- 0/1 integers. @ID@ is the dialect's auto-increment primary key.

CREATE TABLE staff (
    id @ID@,
    username TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 1 AND 40),
    display_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('admin', 'cashier', 'seller')),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    last_login_at BIGINT
);

CREATE TABLE routers (
    id @ID@,
    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 64),
    host TEXT NOT NULL CHECK (length(host) BETWEEN 1 AND 253),
    port INTEGER NOT NULL DEFAULT 8728 CHECK (port BETWEEN 1 AND 65535),
    use_tls INTEGER NOT NULL DEFAULT 0 CHECK (use_tls IN (0, 1)),
    tls_fingerprint TEXT NOT NULL DEFAULT '',
    tls_insecure INTEGER NOT NULL DEFAULT 0 CHECK (tls_insecure IN (0, 1)),
    api_user TEXT NOT NULL CHECK (length(api_user) BETWEEN 1 AND 64),
    api_password_sealed TEXT NOT NULL,
    hotspot_server TEXT NOT NULL DEFAULT 'all',
    location TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE packages (
    id @ID@,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
    slug TEXT NOT NULL UNIQUE CHECK (length(slug) BETWEEN 1 AND 48),
    price_cents BIGINT NOT NULL CHECK (price_cents BETWEEN 100 AND 25000000),
    duration_s BIGINT NOT NULL CHECK (duration_s BETWEEN 1 AND 31622400),
    down_kbps INTEGER NOT NULL CHECK (down_kbps BETWEEN 1 AND 10000000),
    up_kbps INTEGER NOT NULL CHECK (up_kbps BETWEEN 1 AND 10000000),
    devices INTEGER NOT NULL DEFAULT 1 CHECK (devices BETWEEN 1 AND 64),
    data_bytes BIGINT CHECK (data_bytes IS NULL OR data_bytes > 0),
    uptime_s BIGINT CHECK (uptime_s IS NULL OR uptime_s > 0),
    retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX packages_live_name ON packages (lower(name)) WHERE retired = 0;

-- Which routers sell a package; a package with no rows here is sold on all.
CREATE TABLE package_routers (
    package_id BIGINT NOT NULL REFERENCES packages (id) ON DELETE CASCADE,
    router_id BIGINT NOT NULL REFERENCES routers (id) ON DELETE CASCADE,
    PRIMARY KEY (package_id, router_id)
);

CREATE TABLE customers (
    id @ID@,
    phone TEXT UNIQUE CHECK (phone IS NULL OR (length(phone) = 12 AND substr(phone, 1, 3) = '254')),
    name TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);

CREATE TABLE voucher_batches (
    id @ID@,
    package_id BIGINT NOT NULL REFERENCES packages (id),
    router_id BIGINT REFERENCES routers (id),
    seller_id BIGINT REFERENCES staff (id),
    voucher_count INTEGER NOT NULL CHECK (voucher_count BETWEEN 1 AND 100000),
    price_cents BIGINT NOT NULL CHECK (price_cents >= 0),
    code_length INTEGER NOT NULL CHECK (code_length BETWEEN 6 AND 20),
    prefix TEXT NOT NULL DEFAULT '' CHECK (length(prefix) <= 6),
    with_pin INTEGER NOT NULL DEFAULT 0 CHECK (with_pin IN (0, 1)),
    note TEXT NOT NULL DEFAULT '',
    created_by BIGINT REFERENCES staff (id),
    created_at BIGINT NOT NULL,
    retired_at BIGINT
);

CREATE TABLE vouchers (
    id @ID@,
    batch_id BIGINT NOT NULL REFERENCES voucher_batches (id),
    code TEXT NOT NULL UNIQUE,
    pin_sealed TEXT,
    state TEXT NOT NULL DEFAULT 'unused' CHECK (state IN ('unused', 'in_use', 'expired', 'retired')),
    pushed_at BIGINT,
    sold_at BIGINT,
    sold_by BIGINT REFERENCES staff (id),
    first_used_at BIGINT,
    mac TEXT NOT NULL DEFAULT '',
    expires_at BIGINT,
    updated_at BIGINT NOT NULL
);
CREATE INDEX vouchers_batch ON vouchers (batch_id, state);

-- Who may be online, on which router, until when, under which hotspot user.
CREATE TABLE grants (
    id @ID@,
    router_id BIGINT NOT NULL REFERENCES routers (id),
    package_id BIGINT NOT NULL REFERENCES packages (id),
    customer_id BIGINT REFERENCES customers (id),
    voucher_id BIGINT UNIQUE REFERENCES vouchers (id),
    username TEXT NOT NULL CHECK (length(username) BETWEEN 1 AND 64),
    password_sealed TEXT NOT NULL,
    mac TEXT NOT NULL DEFAULT '',
    ip TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL CHECK (state IN ('pending', 'active', 'expired', 'revoked')),
    starts_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL CHECK (expires_at >= starts_at),
    provisioned_at BIGINT,
    ended_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (router_id, username)
);
CREATE INDEX grants_expiry ON grants (state, expires_at);
CREATE INDEX grants_mac ON grants (router_id, mac, state);

-- One STK Push each. A payment is recorded exactly once: the unique
-- CheckoutRequestID and M-Pesa receipt make a repeated callback a no-op.
CREATE TABLE purchases (
    id @ID@,
    public_id TEXT NOT NULL UNIQUE CHECK (length(public_id) BETWEEN 16 AND 40),
    package_id BIGINT NOT NULL REFERENCES packages (id),
    router_id BIGINT NOT NULL REFERENCES routers (id),
    customer_id BIGINT REFERENCES customers (id),
    grant_id BIGINT REFERENCES grants (id),
    phone TEXT NOT NULL CHECK (length(phone) = 12),
    mac TEXT NOT NULL DEFAULT '',
    ip TEXT NOT NULL DEFAULT '',
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    state TEXT NOT NULL CHECK (state IN ('pending', 'paid', 'active', 'failed', 'expired')),
    source TEXT NOT NULL DEFAULT 'portal' CHECK (source IN ('portal', 'desk', 'c2b')),
    checkout_request_id TEXT UNIQUE,
    merchant_request_id TEXT,
    mpesa_receipt TEXT UNIQUE,
    paid_cents BIGINT CHECK (paid_cents IS NULL OR paid_cents >= 0),
    result_code TEXT,
    result_desc TEXT,
    query_attempts INTEGER NOT NULL DEFAULT 0,
    next_query_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    paid_at BIGINT,
    online_at BIGINT
);
CREATE INDEX purchases_state ON purchases (state, created_at);
CREATE INDEX purchases_phone ON purchases (phone, created_at);
CREATE INDEX purchases_mac ON purchases (mac, created_at);

CREATE TABLE c2b_payments (
    id @ID@,
    trans_id TEXT NOT NULL UNIQUE,
    trans_type TEXT NOT NULL DEFAULT '',
    trans_time BIGINT,
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    short_code TEXT NOT NULL DEFAULT '',
    bill_ref TEXT NOT NULL DEFAULT '',
    msisdn TEXT NOT NULL DEFAULT '',
    first_name TEXT NOT NULL DEFAULT '',
    purchase_id BIGINT REFERENCES purchases (id),
    state TEXT NOT NULL CHECK (state IN ('matched', 'unmatched')),
    received_at BIGINT NOT NULL
);

-- Things staff must act on: paid but not provisioned, unknown callbacks,
-- amount mismatches. Never silence (DESIGN.md, Invariants).
CREATE TABLE problems (
    id @ID@,
    kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
    purchase_id BIGINT REFERENCES purchases (id),
    c2b_payment_id BIGINT REFERENCES c2b_payments (id),
    router_id BIGINT REFERENCES routers (id),
    message TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    resolved_at BIGINT,
    resolved_by TEXT,
    resolution_note TEXT
);
CREATE INDEX problems_open ON problems (resolved_at, created_at);

-- Every callback body as received, before it is applied.
CREATE TABLE callback_log (
    id @ID@,
    kind TEXT NOT NULL CHECK (kind IN ('stk', 'c2b_validation', 'c2b_confirmation')),
    reference TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    outcome TEXT NOT NULL DEFAULT '',
    received_at BIGINT NOT NULL
);
CREATE INDEX callback_log_reference ON callback_log (reference);

-- The router work queue (outbox): inserted in the transaction that decides
-- the work, claimed by one worker at a time under a lease.
CREATE TABLE jobs (
    id @ID@,
    kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 32),
    router_id BIGINT REFERENCES routers (id),
    grant_id BIGINT REFERENCES grants (id),
    payload TEXT NOT NULL DEFAULT '{}',
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    max_attempts INTEGER NOT NULL DEFAULT 20 CHECK (max_attempts >= 1),
    run_at BIGINT NOT NULL,
    lease_until BIGINT,
    worker TEXT,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    finished_at BIGINT
);
CREATE INDEX jobs_due ON jobs (state, run_at);

CREATE TABLE audit_log (
    id @ID@,
    at BIGINT NOT NULL,
    staff_id BIGINT REFERENCES staff (id),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL DEFAULT '',
    entity_id BIGINT,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);

-- Office-wide settings; sealed = 1 means the value is a secretbox under the
-- office key (router passwords live in routers.api_password_sealed).
CREATE TABLE office_settings (
    key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 64),
    value TEXT NOT NULL,
    sealed INTEGER NOT NULL DEFAULT 0 CHECK (sealed IN (0, 1)),
    updated_at BIGINT NOT NULL
);
