-- 0006 (issue 18): routers behind NAT, reached through a WireGuard tunnel
-- that they dial to the headless server. One row per router with a tunnel:
-- its address inside [tunnel] network and its public key. Private keys are
-- never stored: the server's stays in its WireGuard file, a router's on the
-- router. The last columns are what the server last saw of the peer
-- (`wg show`), so desks that cannot see the tunnel can still show it.
CREATE TABLE tunnel_peers (
    router_id BIGINT PRIMARY KEY REFERENCES routers (id) ON DELETE CASCADE,
    address TEXT NOT NULL UNIQUE CHECK (length(address) BETWEEN 7 AND 39),
    public_key TEXT NOT NULL UNIQUE CHECK (length(public_key) = 44),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    handshake_at BIGINT NOT NULL DEFAULT 0,
    rx_bytes BIGINT NOT NULL DEFAULT 0,
    tx_bytes BIGINT NOT NULL DEFAULT 0,
    endpoint TEXT NOT NULL DEFAULT '',
    api_answers INTEGER NOT NULL DEFAULT 0 CHECK (api_answers IN (0, 1)),
    observed_at BIGINT NOT NULL DEFAULT 0
);
