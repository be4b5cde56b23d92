-- Desks see texts change (Payments › Texts).
INSERT INTO change_counters (table_name) VALUES ('sms_messages');
CREATE TRIGGER sms_messages_insert_changed AFTER INSERT ON sms_messages BEGIN UPDATE change_counters SET version = version + 1 WHERE table_name = 'sms_messages'; END;
CREATE TRIGGER sms_messages_update_changed AFTER UPDATE ON sms_messages BEGIN UPDATE change_counters SET version = version + 1 WHERE table_name = 'sms_messages'; END;
