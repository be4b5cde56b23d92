-- 0007 (issue 19): text messages to customers, through an outbox. A message
-- is written in the same transaction as the event that causes it (a
-- payment's receipt), once per event and kind (the unique key), and a job
-- sends it. state: queued (not tried yet); sending (handed to the provider:
-- a crash right then leaves it so, and it is never sent a second time);
-- sent (the provider took it); delivered / failed (its delivery report, or
-- a refusal).
CREATE TABLE sms_messages (
    id @ID@,
    kind TEXT NOT NULL CHECK (kind IN ('receipt', 'reminder', 'voucher', 'manual')),
    event_key TEXT NOT NULL CHECK (length(event_key) BETWEEN 1 AND 64),
    phone TEXT NOT NULL CHECK (length(phone) BETWEEN 9 AND 15),
    body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 480),
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending', 'sent', 'delivered', 'failed')),
    provider_id TEXT NOT NULL DEFAULT '',
    cost TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    sent_at BIGINT NOT NULL DEFAULT 0,
    delivered_at BIGINT NOT NULL DEFAULT 0,
    UNIQUE (kind, event_key)
);
CREATE INDEX sms_messages_provider ON sms_messages (provider_id);
CREATE INDEX sms_messages_created ON sms_messages (created_at);
