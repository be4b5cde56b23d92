-- Desks see texts change (Payments › Texts).
CREATE TRIGGER sms_messages_changed AFTER INSERT OR UPDATE OR DELETE ON sms_messages FOR EACH STATEMENT EXECUTE FUNCTION lango_notify_change();
