-- The office's staff groups and what each may do, applied by Lango at every
-- start as the owner (models/officeroles.cpp); idempotent. Row-level
-- security and the audit triggers are in migration 0004.
DO $$
DECLARE
    p text := lango_role_prefix();
    admin text := p || '_admin';
    cashier text := p || '_cashier';
    seller text := p || '_seller';
    staff_columns text := 'id, username, display_name, role, active, created_at, updated_at, last_login_at, db_role';
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = admin) THEN EXECUTE format('CREATE ROLE %I NOLOGIN', admin); END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = cashier) THEN EXECUTE format('CREATE ROLE %I NOLOGIN', cashier); END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = seller) THEN EXECUTE format('CREATE ROLE %I NOLOGIN', seller); END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I, %I, %I', current_database(), admin, cashier, seller);
    -- No login makes temporary tables (they could shadow the real ones) or
    -- objects of its own in the schema.
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION lango_current_kind(), lango_current_staff_id() TO %I, %I, %I', admin, cashier, seller);
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I, %I, %I', admin, cashier, seller);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I, %I, %I', admin, cashier, seller);

    -- Admins: everything, but the audit trail and the schema stay as written.
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', admin);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, schema_migrations FROM %I', admin);
    EXECUTE format('REVOKE INSERT ON schema_migrations FROM %I', admin);
    -- Staff rows name their own login: nobody but the owner sets db_role or
    -- renames a person (the audit trail follows the name), or deletes one.
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON staff FROM %I', admin);
    EXECUTE format('GRANT INSERT (username, display_name, role, password_hash, active, created_at, updated_at) ON staff TO %I', admin);
    EXECUTE format('GRANT UPDATE (display_name, role, active, password_hash, updated_at) ON staff TO %I', admin);
    EXECUTE format('GRANT EXECUTE ON FUNCTION lango_staff_login(bigint, text) TO %I, %I, %I', admin, cashier, seller);

    -- Cashiers: the money and the customers; not prices, routers, staff or settings.
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA public TO %I', cashier);
    EXECUTE format('REVOKE SELECT ON staff FROM %I', cashier);
    EXECUTE format('GRANT SELECT (%s) ON staff TO %I', staff_columns, cashier);
    EXECUTE format('GRANT INSERT, UPDATE ON purchases, customers, grants, jobs, problems, callback_log, c2b_payments, '
                   'voucher_batches, vouchers, voucher_pushes, sms_messages TO %I', cashier);
    EXECUTE format('GRANT INSERT ON audit_log TO %I', cashier);

    -- Sellers: packages to sell, their own batches and vouchers (row-level
    -- security), office details for the cards. No payments, customers,
    -- router secrets, other sellers' vouchers or settings to change.
    EXECUTE format('GRANT SELECT ON packages, package_routers, schema_migrations TO %I', seller);
    EXECUTE format('GRANT SELECT (id, name, location, enabled, hotspot_server) ON routers TO %I', seller);
    EXECUTE format('GRANT SELECT ON office_settings TO %I', seller);
    EXECUTE format('GRANT SELECT (%s) ON staff TO %I', staff_columns, seller);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON voucher_batches, vouchers TO %I', seller);
    EXECUTE format('GRANT SELECT ON voucher_pushes TO %I', seller);
    EXECUTE format('GRANT SELECT, INSERT ON jobs TO %I', seller);
    EXECUTE format('GRANT INSERT ON audit_log TO %I', seller);

    -- Everyone notes their own sign-in.
    EXECUTE format('GRANT UPDATE (last_login_at, updated_at) ON staff TO %I, %I, %I', admin, cashier, seller);
END $$;
