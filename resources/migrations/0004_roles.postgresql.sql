-- 0004, PostgreSQL part. Role names are per database, so offices (and
-- tests) sharing a cluster never share roles: lg_<md5(database)[0:8]>_admin,
-- _cashier, _seller, and one login role per staff member,
-- lg_<...>_u_<username> (its own namespace: no username can name a group).
-- The groups and their grants are made by Lango at every start
-- (models/officeroles.cpp) when it connects as the owner with CREATEROLE;
-- what follows needs no such right.
--
-- Every SECURITY DEFINER function runs with search_path pg_catalog, pg_temp
-- and names Lango's tables in full: a staff login's temporary table called
-- "staff" or "audit_log" must never stand in for the real one.

CREATE FUNCTION lango_role_prefix() RETURNS text LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT 'lg_' || substr(md5(current_database()), 1, 8)
$$;

CREATE FUNCTION lango_login_name(username text) RETURNS text LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT public.lango_role_prefix() || '_u_' || username
$$;

-- Who is asking, as the database knows it: the active staff row of the
-- login role, and its group ('owner' for the server and migrations, 'none'
-- for anyone else, a deactivated member included).
CREATE FUNCTION lango_current_staff_id() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
    SELECT id FROM public.staff WHERE db_role = session_user AND active = 1
$$;

CREATE FUNCTION lango_current_kind() RETURNS text LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    kind text;
BEGIN
    SELECT role INTO kind FROM public.staff WHERE db_role = session_user AND active = 1;
    IF kind IS NOT NULL THEN
        RETURN kind;
    END IF;
    IF session_user = (SELECT tableowner FROM pg_catalog.pg_tables WHERE schemaname = 'public' AND tablename = 'staff') THEN
        RETURN 'owner';
    END IF;
    RETURN 'none';
END $$;

-- Row-level security allows by naming who may, never by excluding who may
-- not: a login that is no active member sees nothing. Sellers see and make
-- only their own batches and vouchers. The owner (the server) owns the
-- tables and is not subject to these policies.
ALTER TABLE voucher_batches ENABLE ROW LEVEL SECURITY;
CREATE POLICY voucher_batches_by_role ON voucher_batches
    USING ((SELECT lango_current_kind()) IN ('owner', 'admin', 'cashier')
           OR ((SELECT lango_current_kind()) = 'seller' AND seller_id = (SELECT lango_current_staff_id())))
    WITH CHECK ((SELECT lango_current_kind()) IN ('owner', 'admin', 'cashier')
                OR ((SELECT lango_current_kind()) = 'seller' AND seller_id = (SELECT lango_current_staff_id())
                    AND created_by = (SELECT lango_current_staff_id()) AND with_pin = 0));

ALTER TABLE vouchers ENABLE ROW LEVEL SECURITY;
CREATE POLICY vouchers_by_role ON vouchers
    USING ((SELECT lango_current_kind()) IN ('owner', 'admin', 'cashier')
           OR ((SELECT lango_current_kind()) = 'seller'
               AND batch_id IN (SELECT id FROM voucher_batches WHERE seller_id = (SELECT lango_current_staff_id()))))
    WITH CHECK ((SELECT lango_current_kind()) IN ('owner', 'admin', 'cashier')
                OR ((SELECT lango_current_kind()) = 'seller'
                    AND batch_id IN (SELECT id FROM voucher_batches WHERE seller_id = (SELECT lango_current_staff_id()))
                    AND (sold_by IS NULL OR sold_by = (SELECT lango_current_staff_id()))));

ALTER TABLE voucher_pushes ENABLE ROW LEVEL SECURITY;
CREATE POLICY voucher_pushes_by_role ON voucher_pushes
    USING ((SELECT lango_current_kind()) IN ('owner', 'admin', 'cashier')
           OR ((SELECT lango_current_kind()) = 'seller' AND voucher_id IN (SELECT id FROM vouchers)));

-- A seller reads office details (name, phone, logo for the cards), never
-- the sealed secrets, and only their own staff row.
ALTER TABLE office_settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_settings_by_role ON office_settings
    USING ((SELECT lango_current_kind()) IN ('owner', 'admin', 'cashier')
           OR ((SELECT lango_current_kind()) = 'seller' AND sealed = 0));

ALTER TABLE staff ENABLE ROW LEVEL SECURITY;
CREATE POLICY staff_by_role ON staff
    USING ((SELECT lango_current_kind()) IN ('owner', 'admin', 'cashier') OR db_role = session_user);

-- A seller queues only the push of their own batch.
ALTER TABLE jobs ENABLE ROW LEVEL SECURITY;
CREATE POLICY jobs_by_role ON jobs
    USING ((SELECT lango_current_kind()) IN ('owner', 'admin', 'cashier')
           OR ((SELECT lango_current_kind()) = 'seller' AND kind = 'voucher_push'))
    WITH CHECK ((SELECT lango_current_kind()) IN ('owner', 'admin', 'cashier')
                OR ((SELECT lango_current_kind()) = 'seller' AND kind = 'voucher_push'
                    AND (payload::json ->> 'batch_id')::bigint IN (SELECT id FROM voucher_batches
                                                                   WHERE seller_id = (SELECT lango_current_staff_id()))));

-- The audit trail is written by the database as the signed-in role: an
-- entry's author, staff id and time are the database's, whatever a client
-- sends; nobody but the owner may change or delete one.
CREATE FUNCTION lango_audit_author() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    member record;
BEGIN
    NEW.at := extract(epoch FROM now())::bigint;
    SELECT id, username INTO member FROM public.staff WHERE db_role = session_user;
    IF member.id IS NOT NULL THEN
        NEW.staff_id := member.id;
        NEW.actor := 'staff:' || member.username;
    ELSIF public.lango_current_kind() <> 'owner' THEN
        NEW.staff_id := NULL;
        NEW.actor := 'db:' || session_user;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_log_author BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION lango_audit_author();

-- Every change a staff login makes to what sets prices, gives access or
-- holds secrets is recorded even when the client writes no entry of its
-- own (psql).
CREATE FUNCTION lango_audit_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    row_id bigint;
BEGIN
    IF public.lango_current_kind() = 'owner' THEN
        RETURN NULL;   -- the server and the CLI on it write their own entries
    END IF;
    IF TG_LEVEL = 'ROW' THEN
        BEGIN
            row_id := CASE WHEN TG_OP = 'DELETE' THEN (to_jsonb(OLD) ->> 'id')::bigint ELSE (to_jsonb(NEW) ->> 'id')::bigint END;
        EXCEPTION WHEN others THEN
            row_id := NULL;
        END;
    END IF;
    INSERT INTO public.audit_log (at, actor, action, entity, entity_id, detail)
    VALUES (0, '', 'db.' || TG_TABLE_NAME || '.' || lower(TG_OP), TG_TABLE_NAME, row_id, 'recorded by the database');
    RETURN NULL;
END $$;
CREATE TRIGGER packages_audited AFTER INSERT OR UPDATE OR DELETE ON packages FOR EACH ROW EXECUTE FUNCTION lango_audit_change();
CREATE TRIGGER package_routers_audited AFTER INSERT OR UPDATE OR DELETE ON package_routers FOR EACH ROW EXECUTE FUNCTION lango_audit_change();
CREATE TRIGGER routers_audited AFTER INSERT OR UPDATE OR DELETE ON routers FOR EACH ROW EXECUTE FUNCTION lango_audit_change();
CREATE TRIGGER staff_audited AFTER INSERT OR UPDATE OR DELETE ON staff FOR EACH ROW EXECUTE FUNCTION lango_audit_change();
CREATE TRIGGER office_settings_audited AFTER INSERT OR UPDATE OR DELETE ON office_settings FOR EACH ROW EXECUTE FUNCTION lango_audit_change();
CREATE TRIGGER voucher_batches_audited AFTER INSERT OR UPDATE OR DELETE ON voucher_batches FOR EACH ROW EXECUTE FUNCTION lango_audit_change();
CREATE TRIGGER grants_audited AFTER INSERT OR UPDATE OR DELETE ON grants FOR EACH ROW EXECUTE FUNCTION lango_audit_change();
CREATE TRIGGER vouchers_changes_audited AFTER UPDATE OR DELETE ON vouchers FOR EACH ROW EXECUTE FUNCTION lango_audit_change();
CREATE TRIGGER vouchers_made_audited AFTER INSERT ON vouchers FOR EACH STATEMENT EXECUTE FUNCTION lango_audit_change();

-- A staff member's database login, made or changed by an admin (or by the
-- person for their own password): called, not written as SQL by clients,
-- so a password is a bound parameter and the role's name and group come
-- from the staff row alone.
CREATE FUNCTION lango_staff_login(member_id bigint, new_password text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    member record;
    login text;
    prefix text := public.lango_role_prefix();
BEGIN
    IF public.lango_current_kind() NOT IN ('owner', 'admin')
       AND NOT EXISTS (SELECT 1 FROM public.staff WHERE id = member_id AND db_role = session_user AND active = 1) THEN
        RAISE EXCEPTION 'only an admin may set another person''s password' USING ERRCODE = '42501';
    END IF;
    IF length(new_password) < 8 THEN
        RAISE EXCEPTION 'a password needs at least 8 characters' USING ERRCODE = '22023';
    END IF;
    SELECT id, username, role, active INTO member FROM public.staff WHERE id = member_id;
    IF member.id IS NULL THEN
        RAISE EXCEPTION 'no staff member %', member_id USING ERRCODE = '02000';
    END IF;
    login := public.lango_login_name(member.username);
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = login) THEN
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, new_password);
    ELSE
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', login, new_password);
    END IF;
    -- One group only: the staff row's role.
    EXECUTE format('REVOKE %I, %I, %I FROM %I', prefix || '_admin', prefix || '_cashier', prefix || '_seller', login);
    IF member.active = 1 THEN
        EXECUTE format('GRANT %I TO %I', prefix || '_' || member.role, login);
    ELSE
        EXECUTE format('ALTER ROLE %I NOLOGIN', login);
    END IF;
    UPDATE public.staff SET db_role = login WHERE id = member_id AND db_role IS DISTINCT FROM login;
    RETURN login;
END $$;

-- Keeps a login in step with its staff row: a role change moves it to the
-- other group; deactivation takes its group and its login away at once.
-- The login is the one the username names, whatever db_role says.
CREATE FUNCTION lango_staff_sync() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    login text := public.lango_login_name(NEW.username);
    prefix text := public.lango_role_prefix();
BEGIN
    IF NEW.db_role IS DISTINCT FROM login OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = login) THEN
        RETURN NULL;
    END IF;
    EXECUTE format('REVOKE %I, %I, %I FROM %I', prefix || '_admin', prefix || '_cashier', prefix || '_seller', login);
    IF NEW.active = 1 THEN
        EXECUTE format('GRANT %I TO %I', prefix || '_' || NEW.role, login);
        EXECUTE format('ALTER ROLE %I LOGIN', login);
    ELSE
        EXECUTE format('ALTER ROLE %I NOLOGIN', login);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER staff_login_sync AFTER UPDATE OF role, active ON staff FOR EACH ROW EXECUTE FUNCTION lango_staff_sync();

-- Only the office's own groups may call these (granted at every start).
REVOKE EXECUTE ON FUNCTION lango_staff_login(bigint, text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION lango_current_staff_id() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION lango_current_kind() FROM PUBLIC;
