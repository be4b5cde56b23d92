-- 0010, PostgreSQL part: a change notice only when a statement changed
-- rows. The notices of 0001 fired for every statement, and a statement that
-- changes nothing is common (the provisioner's claim of due jobs, a
-- conditional expiry): each woke every listener, and the provisioner's own
-- empty claim woke it again, so an idle server claimed about 20 times a
-- second, for ever, and every desk refreshed as often. The statement's rows
-- come as a transition table: one call per statement, not one per row.
CREATE FUNCTION lango_notify_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM changed_rows) THEN
        PERFORM pg_notify('lango_changes', TG_TABLE_NAME);
    END IF;
    RETURN NULL;
END $$;
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['staff', 'routers', 'packages', 'package_routers', 'customers', 'voucher_batches', 'vouchers',
                             'grants', 'purchases', 'c2b_payments', 'problems', 'callback_log', 'jobs', 'audit_log',
                             'office_settings', 'voucher_pushes', 'sms_messages'] LOOP
        EXECUTE format('DROP TRIGGER %I ON %I', t || '_changed', t);
        -- A transition table is allowed on a trigger of one event only.
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION lango_notify_rows_changed()', t || '_inserted', t);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION lango_notify_rows_changed()', t || '_updated', t);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION lango_notify_rows_changed()', t || '_deleted', t);
    END LOOP;
END $$;
DROP FUNCTION lango_notify_change();
