-- 0008 (issue 19): vouchers bought at the paybill from any phone, texts in
-- the customer's language, reminders per package.
--
-- A package "sold by paybill" is chosen by the amount paid, so two of them
-- on sale may not cost the same (the unique index; the store says which
-- package clashes before it gets here).
ALTER TABLE packages ADD COLUMN sold_by_paybill INTEGER NOT NULL DEFAULT 0 CHECK (sold_by_paybill IN (0, 1));
ALTER TABLE packages ADD COLUMN sms_reminder INTEGER NOT NULL DEFAULT 1 CHECK (sms_reminder IN (0, 1));
CREATE UNIQUE INDEX packages_paybill_price ON packages (price_cents) WHERE sold_by_paybill = 1 AND retired = 0;

-- Batches kept for paybill sales: their codes are only ever texted, never
-- printed for a seller. A voucher sold that way remembers the phone.
ALTER TABLE voucher_batches ADD COLUMN for_paybill INTEGER NOT NULL DEFAULT 0 CHECK (for_paybill IN (0, 1));
ALTER TABLE vouchers ADD COLUMN sold_to TEXT NOT NULL DEFAULT '' CHECK (length(sold_to) <= 15);
CREATE INDEX voucher_batches_paybill ON voucher_batches (package_id, for_paybill);

-- The paybill payment that bought a voucher.
ALTER TABLE c2b_payments ADD COLUMN voucher_id BIGINT REFERENCES vouchers (id);

-- The language the customer used on the portal ('' = the office's default).
ALTER TABLE purchases ADD COLUMN language TEXT NOT NULL DEFAULT '' CHECK (language IN ('', 'en', 'sw'));

-- A delivery report that came before Lango recorded the provider's answer
-- (the provider may report within a second): kept until that answer is
-- written, then applied. Reports for ids never sent are dropped after a day.
CREATE TABLE sms_early_reports (
    provider_id TEXT PRIMARY KEY CHECK (length(provider_id) BETWEEN 1 AND 100),
    delivered INTEGER NOT NULL CHECK (delivered IN (0, 1)),
    reason TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
    received_at BIGINT NOT NULL
);
