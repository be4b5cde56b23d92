-- 0002: vouchers on routers. A batch may be for every router, so "pushed"
-- is per voucher and router; the router a voucher was first used on is kept
-- so the other routers' copies can be removed. Sales are counted per seller
-- and day from sold_at / sold_by.

CREATE TABLE voucher_pushes (
    voucher_id BIGINT NOT NULL REFERENCES vouchers (id) ON DELETE CASCADE,
    router_id BIGINT NOT NULL REFERENCES routers (id) ON DELETE CASCADE,
    pushed_at BIGINT NOT NULL,
    PRIMARY KEY (voucher_id, router_id)
);
CREATE INDEX voucher_pushes_router ON voucher_pushes (router_id);

ALTER TABLE vouchers ADD COLUMN used_router_id BIGINT REFERENCES routers (id);
CREATE INDEX vouchers_sold ON vouchers (sold_at, sold_by);
CREATE INDEX voucher_batches_seller ON voucher_batches (seller_id);
