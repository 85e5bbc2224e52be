-- The error copies of rejected imports (the workbook with every problem marked), kept for their owner to download
-- from whichever instance the next request reaches (issue 17, item 2), until they expire.
CREATE TABLE import_error_copy (
    id         VARCHAR(36)              NOT NULL PRIMARY KEY,
    owner      VARCHAR(100)             NOT NULL,
    content    BYTEA                    NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX import_error_copy_expires ON import_error_copy (expires_at);
