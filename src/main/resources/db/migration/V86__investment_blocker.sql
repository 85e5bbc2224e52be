-- A project's blockers (问题堵点, issue 15): tickets of the 百日攻坚 ticket system opened on the project's builder, so
-- that they are escalated, chased and closed as any ticket; this table only links them to their project.
CREATE TABLE inv_blocker (
    ticket_id    BIGINT      NOT NULL PRIMARY KEY REFERENCES ticket (id),
    project_code VARCHAR(32) NOT NULL REFERENCES inv_project (code) ON DELETE CASCADE
);
CREATE INDEX inv_blocker_project ON inv_blocker (project_code);
