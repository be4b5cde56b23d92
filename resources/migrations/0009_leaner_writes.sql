-- 0009 (issue 16): fewer indexes to write on the money path. grants_device
-- (router_id, mac, expires_at) answers every lookup of a device's grants
-- that grants_mac (router_id, mac, state) did, and every paid grant wrote
-- both (and grants_mac again when the grant went live).
DROP INDEX grants_mac;
