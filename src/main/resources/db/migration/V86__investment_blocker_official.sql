-- Blockers of ledger projects and the official investment growth (issue 15).
-- A project's blockers (问题堵点, issue 15): tickets of the 百日攻坚 ticket system opened on the project's builder, so
-- that they are escalated, chased and closed as any ticket; this table only links them to their project.
CREATE TABLE inv_blocker (
    ticket_id    BIGINT      NOT NULL PRIMARY KEY REFERENCES ticket (id),
    project_code VARCHAR(32) NOT NULL REFERENCES inv_project (code) ON DELETE CASCADE
);
CREATE INDEX inv_blocker_project ON inv_blocker (project_code);

-- The statistics bureau's cumulative growth of industrial and technical-renovation investment (统计局反馈数, all
-- fixed-asset investment, not only the ledger's projects), shown beside the ledger's own growth; never computed here.
CREATE TABLE inv_official (
    period            DATE         NOT NULL,
    region_code       VARCHAR(6)   NOT NULL REFERENCES region (code),
    industrial_growth NUMERIC(7,1),
    renovation_growth NUMERIC(7,1),
    PRIMARY KEY (period, region_code),
    CONSTRAINT inv_official_some CHECK (industrial_growth IS NOT NULL OR renovation_growth IS NOT NULL)
);
