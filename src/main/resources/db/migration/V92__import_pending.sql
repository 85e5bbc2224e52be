-- Packages waiting for their user's confirmation (they would remove rows when replacing their months), kept in the
-- database so that the confirming request may reach another instance (issue 17, item 2), until they expire.
CREATE TABLE import_pending (
    id         VARCHAR(36)              NOT NULL PRIMARY KEY,
    owner      VARCHAR(100)             NOT NULL,
    source     VARCHAR(500)             NOT NULL,
    content    BYTEA                    NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX import_pending_expires ON import_pending (expires_at);
