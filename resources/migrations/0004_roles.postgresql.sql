-- 0004, PostgreSQL part. Role names are per database, so offices (and
-- tests) sharing a cluster never share roles: lg_<md5(database)[0:8]>_admin,
-- _cashier, _seller, and one login role per staff member,
-- lg_<...>_<username>. The groups and their grants are made by Lango at
-- every start (models/officeroles.cpp) when it connects as the owner with
-- CREATEROLE; what follows needs no such right.

CREATE FUNCTION lango_role_prefix() RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT 'lg_' || substr(md5(current_database()), 1, 8)
$$;

-- Who is asking, as the database knows it: the staff row of the login role,
-- and the group it belongs to ('owner' for the server and migrations).
CREATE FUNCTION lango_current_staff_id() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT id FROM staff WHERE db_role = session_user
$$;

CREATE FUNCTION lango_current_kind() RETURNS text LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
DECLARE
    kind text;
BEGIN
    SELECT role INTO kind FROM staff WHERE db_role = session_user AND active = 1;
    IF kind IS NOT NULL THEN
        RETURN kind;
    END IF;
    IF session_user = (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'staff') THEN
        RETURN 'owner';
    END IF;
    RETURN 'none';
END $$;

-- Sellers see and make only their own batches and vouchers; everyone else
-- sees all. The owner (the server) is not subject to these policies.
ALTER TABLE voucher_batches ENABLE ROW LEVEL SECURITY;
CREATE POLICY voucher_batches_by_role ON voucher_batches
    USING ((SELECT lango_current_kind()) <> 'seller' OR seller_id = (SELECT lango_current_staff_id()))
    WITH CHECK ((SELECT lango_current_kind()) <> 'seller'
                OR (seller_id = (SELECT lango_current_staff_id()) AND created_by = (SELECT lango_current_staff_id()) AND with_pin = 0));

ALTER TABLE vouchers ENABLE ROW LEVEL SECURITY;
CREATE POLICY vouchers_by_role ON vouchers
    USING ((SELECT lango_current_kind()) <> 'seller'
           OR batch_id IN (SELECT id FROM voucher_batches WHERE seller_id = (SELECT lango_current_staff_id())))
    WITH CHECK ((SELECT lango_current_kind()) <> 'seller'
                OR (batch_id IN (SELECT id FROM voucher_batches WHERE seller_id = (SELECT lango_current_staff_id()))
                    AND (sold_by IS NULL OR sold_by = (SELECT lango_current_staff_id()))));

ALTER TABLE voucher_pushes ENABLE ROW LEVEL SECURITY;
CREATE POLICY voucher_pushes_by_role ON voucher_pushes
    USING ((SELECT lango_current_kind()) <> 'seller' OR voucher_id IN (SELECT id FROM vouchers));

-- A seller reads office details (name, phone, logo for the cards), never
-- the sealed secrets, and only their own staff row.
ALTER TABLE office_settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_settings_by_role ON office_settings
    USING ((SELECT lango_current_kind()) <> 'seller' OR sealed = 0);

ALTER TABLE staff ENABLE ROW LEVEL SECURITY;
CREATE POLICY staff_by_role ON staff
    USING ((SELECT lango_current_kind()) <> 'seller' OR db_role = session_user);

-- A seller queues only the push of their own batch.
ALTER TABLE jobs ENABLE ROW LEVEL SECURITY;
CREATE POLICY jobs_by_role ON jobs
    USING ((SELECT lango_current_kind()) <> 'seller' OR kind = 'voucher_push')
    WITH CHECK ((SELECT lango_current_kind()) <> 'seller'
                OR (kind = 'voucher_push'
                    AND (payload::json ->> 'batch_id')::bigint IN (SELECT id FROM voucher_batches WHERE seller_id = (SELECT lango_current_staff_id()))));

-- The audit trail is written by the database as the signed-in role: an
-- entry's author, staff id and time are the database's, whatever a client
-- sends; nobody but the owner may change or delete one.
CREATE FUNCTION lango_audit_author() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    member record;
BEGIN
    NEW.at := extract(epoch FROM now())::bigint;
    SELECT id, username INTO member FROM staff WHERE db_role = session_user;
    IF member.id IS NOT NULL THEN
        NEW.staff_id := member.id;
        NEW.actor := 'staff:' || member.username;
    ELSIF lango_current_kind() <> 'owner' THEN
        NEW.staff_id := NULL;
        NEW.actor := 'db:' || session_user;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_log_author BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION lango_audit_author();

-- Every change a staff role makes to what sets prices, access and secrets
-- is recorded even when the client writes no entry of its own (psql).
CREATE FUNCTION lango_audit_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    row_id bigint;
BEGIN
    IF lango_current_kind() = 'owner' THEN
        RETURN NULL;   -- the server and the CLI on it write their own entries
    END IF;
    BEGIN
        row_id := CASE WHEN TG_OP = 'DELETE' THEN (to_jsonb(OLD) ->> 'id')::bigint ELSE (to_jsonb(NEW) ->> 'id')::bigint END;
    EXCEPTION WHEN others THEN
        row_id := NULL;
    END;
    INSERT INTO audit_log (at, actor, action, entity, entity_id, detail)
    VALUES (0, '', 'db.' || TG_TABLE_NAME || '.' || lower(TG_OP), TG_TABLE_NAME, row_id, 'recorded by the database');
    RETURN NULL;
END $$;
CREATE TRIGGER packages_audited AFTER INSERT OR UPDATE OR DELETE ON packages FOR EACH ROW EXECUTE FUNCTION lango_audit_change();
CREATE TRIGGER package_routers_audited AFTER INSERT OR UPDATE OR DELETE ON package_routers FOR EACH ROW EXECUTE FUNCTION lango_audit_change();
CREATE TRIGGER routers_audited AFTER INSERT OR UPDATE OR DELETE ON routers FOR EACH ROW EXECUTE FUNCTION lango_audit_change();
CREATE TRIGGER staff_audited AFTER INSERT OR UPDATE OR DELETE ON staff FOR EACH ROW EXECUTE FUNCTION lango_audit_change();
CREATE TRIGGER office_settings_audited AFTER INSERT OR UPDATE OR DELETE ON office_settings FOR EACH ROW EXECUTE FUNCTION lango_audit_change();
CREATE TRIGGER voucher_batches_audited AFTER INSERT OR UPDATE OR DELETE ON voucher_batches FOR EACH ROW EXECUTE FUNCTION lango_audit_change();
CREATE TRIGGER grants_audited AFTER UPDATE OR DELETE ON grants FOR EACH ROW EXECUTE FUNCTION lango_audit_change();

-- A staff member's database login, made or changed by an admin (or by the
-- person for their own password): called, not written as SQL by clients,
-- so a password is a bound parameter and the role's name and group come
-- from the staff row alone.
CREATE FUNCTION lango_staff_login(member_id bigint, new_password text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    member record;
    login text;
BEGIN
    IF lango_current_kind() NOT IN ('owner', 'admin')
       AND NOT EXISTS (SELECT 1 FROM staff WHERE id = member_id AND db_role = session_user) THEN
        RAISE EXCEPTION 'only an admin may set another person''s password' USING ERRCODE = '42501';
    END IF;
    IF length(new_password) < 8 THEN
        RAISE EXCEPTION 'a password needs at least 8 characters' USING ERRCODE = '22023';
    END IF;
    SELECT id, username, role, active INTO member FROM staff WHERE id = member_id;
    IF member.id IS NULL THEN
        RAISE EXCEPTION 'no staff member %', member_id USING ERRCODE = '02000';
    END IF;
    login := lango_role_prefix() || '_' || member.username;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, new_password);
    ELSE
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', login, new_password);
    END IF;
    -- One group only: the staff row's role.
    EXECUTE format('REVOKE %I, %I, %I FROM %I', lango_role_prefix() || '_admin', lango_role_prefix() || '_cashier',
                   lango_role_prefix() || '_seller', login);
    EXECUTE format('GRANT %I TO %I', lango_role_prefix() || '_' || member.role, login);
    IF member.active = 0 THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN', login);
    END IF;
    UPDATE staff SET db_role = login WHERE id = member_id AND db_role IS DISTINCT FROM login;
    RETURN login;
END $$;

-- Keeps a login role in step with its staff row: role changes move it to
-- the other group; deactivation takes its login away.
CREATE FUNCTION lango_staff_sync() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF NEW.db_role IS NULL OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = NEW.db_role) THEN
        RETURN NULL;
    END IF;
    IF NEW.role IS DISTINCT FROM OLD.role THEN
        EXECUTE format('REVOKE %I FROM %I', lango_role_prefix() || '_' || OLD.role, NEW.db_role);
        EXECUTE format('GRANT %I TO %I', lango_role_prefix() || '_' || NEW.role, NEW.db_role);
    END IF;
    IF NEW.active IS DISTINCT FROM OLD.active THEN
        EXECUTE format('ALTER ROLE %I %s', NEW.db_role, CASE WHEN NEW.active = 1 THEN 'LOGIN' ELSE 'NOLOGIN' END);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER staff_login_sync AFTER UPDATE OF role, active ON staff FOR EACH ROW EXECUTE FUNCTION lango_staff_sync();

-- Only the office's own groups may call these (granted at every start).
REVOKE EXECUTE ON FUNCTION lango_staff_login(bigint, text) FROM PUBLIC;
