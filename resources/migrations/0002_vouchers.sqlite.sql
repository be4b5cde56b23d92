-- 0002, SQLite part: the change feed's counters for the new table.
INSERT INTO change_counters (table_name) VALUES ('voucher_pushes');
CREATE TRIGGER voucher_pushes_insert_changed AFTER INSERT ON voucher_pushes BEGIN UPDATE change_counters SET version = version + 1 WHERE table_name = 'voucher_pushes'; END;
CREATE TRIGGER voucher_pushes_update_changed AFTER UPDATE ON voucher_pushes BEGIN UPDATE change_counters SET version = version + 1 WHERE table_name = 'voucher_pushes'; END;
CREATE TRIGGER voucher_pushes_delete_changed AFTER DELETE ON voucher_pushes BEGIN UPDATE change_counters SET version = version + 1 WHERE table_name = 'voucher_pushes'; END;
