-- Investment (项目清单台账, issue 15): industrial and technical-renovation projects, their plan per year and their
-- monthly progress. Amounts in 万元.

-- kind: INDUSTRIAL (工业投资) or RENOVATION (技术改造). stage: PLANNING (谋划) -> ATTRACTING (招引) -> SIGNED (签约) ->
-- CONSTRUCTION (开工/在建) -> COMPLETED (竣工) -> PRODUCTION (投产), or SUSPENDED (停缓建). The builder (建设单位) is an
-- enterprise of the registry (credit_code) or one not registered yet (credit_code NULL, its name only). stat_code and
-- stat_month: the project's code and first month in the fixed-asset investment statistics (入统, 500万元 and over once
-- the main works start); its form (206-1 from 5000万元, 206-2 below) and 重大项目 follow from total_investment.
CREATE TABLE inv_project (
    code                VARCHAR(32)   NOT NULL PRIMARY KEY,
    name                VARCHAR(200)  NOT NULL,
    county_code         VARCHAR(6)    NOT NULL REFERENCES region (code),
    builder             VARCHAR(200)  NOT NULL,
    credit_code         VARCHAR(18),
    kind                VARCHAR(12)   NOT NULL,
    division_code       VARCHAR(2)    NOT NULL,
    content             VARCHAR(1000) NOT NULL,
    total_investment    NUMERIC(14,2) NOT NULL,
    planned_start       DATE,
    actual_start        DATE,
    planned_production  DATE,
    actual_production   DATE,
    planned_completion  DATE,
    actual_completion   DATE,
    stage               VARCHAR(12)   NOT NULL,
    stat_code           VARCHAR(32),
    stat_month          DATE,
    leader              VARCHAR(50),
    responsible         VARCHAR(50),
    responsible_phone   VARCHAR(30),
    annual_output       NUMERIC(14,2),
    annual_value_added  NUMERIC(14,2),
    updated_by          VARCHAR(100)  NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT inv_project_kind CHECK (kind IN ('INDUSTRIAL', 'RENOVATION')),
    CONSTRAINT inv_project_stage CHECK (stage IN
        ('PLANNING', 'ATTRACTING', 'SIGNED', 'CONSTRUCTION', 'COMPLETED', 'PRODUCTION', 'SUSPENDED')),
    CONSTRAINT inv_project_amounts CHECK (total_investment > 0 AND (annual_output IS NULL OR annual_output >= 0)
        AND (annual_value_added IS NULL OR annual_value_added >= 0)),
    CONSTRAINT inv_project_stat CHECK (stat_month IS NULL OR EXTRACT(DAY FROM stat_month) = 1)
);
CREATE INDEX inv_project_county ON inv_project (county_code);
CREATE INDEX inv_project_enterprise ON inv_project (credit_code);

-- A project's planned investment of a year (年度计划投资).
CREATE TABLE inv_plan (
    code      VARCHAR(32)   NOT NULL REFERENCES inv_project (code) ON DELETE CASCADE,
    stat_year INT           NOT NULL,
    planned   NUMERIC(14,2) NOT NULL,
    PRIMARY KEY (code, stat_year),
    CONSTRAINT inv_plan_amount CHECK (planned >= 0)
);

-- A project's month: investment completed in the month, 形象进度, 实物量 and the problems the county reports (存在问题,
-- as text; a blocker to be chased is a ticket).
CREATE TABLE inv_progress (
    code       VARCHAR(32)   NOT NULL REFERENCES inv_project (code) ON DELETE CASCADE,
    period     DATE          NOT NULL,
    completed  NUMERIC(14,2) NOT NULL,
    image      VARCHAR(500),
    physical   VARCHAR(500),
    problems   VARCHAR(500),
    updated_by VARCHAR(100)  NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (code, period),
    CONSTRAINT inv_progress_first CHECK (EXTRACT(DAY FROM period) = 1),
    CONSTRAINT inv_progress_amount CHECK (completed >= 0)
);
CREATE INDEX inv_progress_period ON inv_progress (period);
