-- Production status (停产 / 限产 / 闭环生产) of enterprises, one current row per enterprise that is not producing
-- normally; back to normal deletes the row. The history is the audit log (before/after of every change).
CREATE TABLE production_status (
    credit_code   VARCHAR(18)  NOT NULL PRIMARY KEY REFERENCES enterprise (credit_code),
    status        VARCHAR(16)  NOT NULL,
    reason        VARCHAR(16)  NOT NULL,
    since_date    DATE         NOT NULL,
    resume_date   DATE,
    note          VARCHAR(500),
    updated_by    VARCHAR(100) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT production_status_status CHECK (status IN ('STOPPED', 'LIMITED', 'CLOSED_LOOP')),
    CONSTRAINT production_status_resume CHECK (resume_date IS NULL OR resume_date >= since_date)
);
