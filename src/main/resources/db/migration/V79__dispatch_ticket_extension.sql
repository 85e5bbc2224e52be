-- A handler's one request to extend a ticket's time limit (延期), and the level above's decision.
CREATE TABLE ticket_extension (
    ticket_id    BIGINT       NOT NULL PRIMARY KEY REFERENCES ticket (id),
    days         INT          NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    state        VARCHAR(16)  NOT NULL,
    requested_by VARCHAR(100) NOT NULL,
    decided_by   VARCHAR(100),
    CONSTRAINT ticket_extension_days CHECK (days BETWEEN 1 AND 30),
    CONSTRAINT ticket_extension_state CHECK (state IN ('REQUESTED', 'APPROVED', 'REFUSED'))
);

-- the extension actions' names are longer than the first ones
ALTER TABLE ticket_history ALTER COLUMN action SET DATA TYPE VARCHAR(32);
