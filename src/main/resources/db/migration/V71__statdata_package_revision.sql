-- A revision is either a B204-1 workbook (its full detail in monthly_detail) or the monthly rows of a canonical
-- package (DESIGN.md section 4), whose revision records exactly what it added, changed and removed in
-- monthly_report, with the values before and after.
ALTER TABLE monthly_revision ADD COLUMN kind VARCHAR(16) DEFAULT 'B204-1' NOT NULL;

CREATE TABLE monthly_revision_change (
    revision_id  BIGINT        NOT NULL REFERENCES monthly_revision (id),
    credit_code  VARCHAR(18)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    -- ADDED: a row the period did not have; CHANGED: a value of a kept row; REMOVED: a row the import deleted
    change_kind  VARCHAR(8)    NOT NULL,
    -- output, output_ly, revenue or electricity (the columns of monthly_report)
    field        VARCHAR(16)   NOT NULL,
    before_value NUMERIC(18,2),
    after_value  NUMERIC(18,2),
    CONSTRAINT monthly_revision_change_kind CHECK (change_kind IN ('ADDED', 'CHANGED', 'REMOVED'))
);
CREATE INDEX monthly_revision_change_revision ON monthly_revision_change (revision_id, credit_code);
