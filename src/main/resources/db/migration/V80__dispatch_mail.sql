-- E-mail of the inbox's messages (issue 12), when spring.mail.host is set: a user's address, and per message whether
-- it still waits to be mailed (PENDING), is being mailed (SENDING, since mailed_at), went out (SENT), could not go out
-- after the attempts allowed (FAILED) or had nowhere to go (NO_ADDRESS). NULL: mail was off when it was written.
ALTER TABLE app_user ADD COLUMN email VARCHAR(254);

ALTER TABLE notification ADD COLUMN mail_status VARCHAR(10);
ALTER TABLE notification ADD COLUMN mail_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE notification ADD COLUMN mailed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE notification ADD CONSTRAINT notification_mail_status
    CHECK (mail_status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'NO_ADDRESS'));
CREATE INDEX notification_mail ON notification (mail_status);
