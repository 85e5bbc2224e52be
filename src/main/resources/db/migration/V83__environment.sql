-- Environment (精准管控, issue 13): key industries, measure rules, the key air-polluting enterprise list
-- (重点涉气企业清单), county groups, alert episodes with their forecast wind, and the adopted plans.

-- The key industries of the 2020 guide (环办大气函〔2020〕340号 names 39). Seeded with the eight our sources name
-- (METHODOLOGY.md 7.2-7.4, 14.1); the ecology department completes the table. graded: A-D grading (else 引领性).
CREATE TABLE env_industry (
    code       VARCHAR(32)  NOT NULL PRIMARY KEY,
    name       VARCHAR(100) NOT NULL UNIQUE,
    graded     BOOLEAN      NOT NULL,
    sort_order INT          NOT NULL
);
INSERT INTO env_industry VALUES ('CEMENT_CLINKER', '水泥熟料', TRUE, 10);
INSERT INTO env_industry VALUES ('CEMENT_GRINDING', '水泥粉磨站', TRUE, 20);
INSERT INTO env_industry VALUES ('STEEL', '长流程联合钢铁', TRUE, 30);
INSERT INTO env_industry VALUES ('COKING', '焦化', TRUE, 40);
INSERT INTO env_industry VALUES ('FOUNDRY', '铸造', TRUE, 50);
INSERT INTO env_industry VALUES ('BRICK', '砖瓦窑', TRUE, 60);
INSERT INTO env_industry VALUES ('GLASS', '玻璃', TRUE, 70);
INSERT INTO env_industry VALUES ('OTHER', '其他涉气行业', FALSE, 900);

-- Measure rules: key industry x grade x level -> measure with its output cut and emission cuts (shares 0..1).
-- level: YELLOW, ORANGE, RED, or STAGGER for the 错峰生产 calendar. basis: PUBLISHED (the 2020 guide's cement
-- clinker table, METHODOLOGY.md 7.3), PATTERN (the grade pattern of 7.1 and 14.1), LOCAL (entered here).
-- confirmed is FALSE for every seeded row: a default to be confirmed locally.
CREATE TABLE env_measure_rule (
    industry_code VARCHAR(32)  NOT NULL REFERENCES env_industry (code),
    grade         VARCHAR(16)  NOT NULL,
    alert_level   VARCHAR(8)   NOT NULL,
    action        VARCHAR(16)  NOT NULL,
    output_cut    NUMERIC(5, 4) NOT NULL,
    so2_cut       NUMERIC(5, 4) NOT NULL,
    nox_cut       NUMERIC(5, 4) NOT NULL,
    pm_cut        NUMERIC(5, 4) NOT NULL,
    voc_cut       NUMERIC(5, 4) NOT NULL,
    note          VARCHAR(200),
    basis         VARCHAR(16)  NOT NULL,
    confirmed     BOOLEAN      NOT NULL,
    PRIMARY KEY (industry_code, grade, alert_level),
    CONSTRAINT env_rule_grade CHECK (grade IN ('A_PLUS', 'A', 'B', 'B_MINUS', 'C', 'D', 'LEADING', 'NON_LEADING')),
    CONSTRAINT env_rule_level CHECK (alert_level IN ('YELLOW', 'ORANGE', 'RED', 'STAGGER')),
    CONSTRAINT env_rule_action CHECK (action IN ('AUTONOMOUS', 'LIMIT', 'STOP_LINES', 'STOP', 'STAGGER')),
    CONSTRAINT env_rule_cuts CHECK (output_cut BETWEEN 0 AND 1 AND so2_cut BETWEEN 0 AND 1 AND nox_cut BETWEEN 0 AND 1
        AND pm_cut BETWEEN 0 AND 1 AND voc_cut BETWEEN 0 AND 1)
);

-- The grade pattern, applied to every graded industry; cement clinker's A-D alert rows are the published table.
CREATE TABLE env_rule_pattern (
    grade       VARCHAR(16) NOT NULL,
    alert_level VARCHAR(8)  NOT NULL,
    action      VARCHAR(16) NOT NULL,
    cut         NUMERIC(5, 4) NOT NULL,
    note        VARCHAR(200)
);
INSERT INTO env_rule_pattern VALUES ('A_PLUS', 'YELLOW', 'AUTONOMOUS', 0, NULL);
INSERT INTO env_rule_pattern VALUES ('A_PLUS', 'ORANGE', 'AUTONOMOUS', 0, NULL);
INSERT INTO env_rule_pattern VALUES ('A_PLUS', 'RED', 'AUTONOMOUS', 0, NULL);
INSERT INTO env_rule_pattern VALUES ('A', 'YELLOW', 'AUTONOMOUS', 0, NULL);
INSERT INTO env_rule_pattern VALUES ('A', 'ORANGE', 'AUTONOMOUS', 0, NULL);
INSERT INTO env_rule_pattern VALUES ('A', 'RED', 'AUTONOMOUS', 0, NULL);
INSERT INTO env_rule_pattern VALUES ('B', 'YELLOW', 'AUTONOMOUS', 0, '停用国四及以下重型载货车辆');
INSERT INTO env_rule_pattern VALUES ('B', 'ORANGE', 'LIMIT', 0.2, '限产20%，停用国四及以下重型载货车辆');
INSERT INTO env_rule_pattern VALUES ('B', 'RED', 'STOP', 1, '停产，停用国四及以下重型载货车辆');
INSERT INTO env_rule_pattern VALUES ('B_MINUS', 'YELLOW', 'LIMIT', 0.1, NULL);
INSERT INTO env_rule_pattern VALUES ('B_MINUS', 'ORANGE', 'LIMIT', 0.3, NULL);
INSERT INTO env_rule_pattern VALUES ('B_MINUS', 'RED', 'STOP', 1, NULL);
INSERT INTO env_rule_pattern VALUES ('C', 'YELLOW', 'STOP_LINES', 0.5, '停产50%（以生产线计），停用国四及以下重型载货车辆');
INSERT INTO env_rule_pattern VALUES ('C', 'ORANGE', 'STOP', 1, '停产，停用国四及以下重型载货车辆');
INSERT INTO env_rule_pattern VALUES ('C', 'RED', 'STOP', 1, '停产，停用国四及以下重型载货车辆');
INSERT INTO env_rule_pattern VALUES ('D', 'YELLOW', 'STOP', 1, '停产，停止公路运输');
INSERT INTO env_rule_pattern VALUES ('D', 'ORANGE', 'STOP', 1, '停产');
INSERT INTO env_rule_pattern VALUES ('D', 'RED', 'STOP', 1, '停产');
INSERT INTO env_measure_rule
    SELECT i.code, p.grade, p.alert_level, p.action, p.cut, p.cut, p.cut, p.cut, p.cut, p.note,
           CASE WHEN i.code = 'CEMENT_CLINKER' AND p.grade IN ('A', 'B', 'C', 'D') THEN 'PUBLISHED' ELSE 'PATTERN' END,
           FALSE
    FROM env_industry i CROSS JOIN env_rule_pattern p
    WHERE i.graded;
DROP TABLE env_rule_pattern;
-- Industries without A-D grading: 绩效引领性 take autonomous measures, the rest limit by the alert's floor.
INSERT INTO env_measure_rule VALUES ('OTHER', 'LEADING', 'YELLOW', 'AUTONOMOUS', 0, 0, 0, 0, 0, NULL, 'PATTERN', FALSE);
INSERT INTO env_measure_rule VALUES ('OTHER', 'LEADING', 'ORANGE', 'AUTONOMOUS', 0, 0, 0, 0, 0, NULL, 'PATTERN', FALSE);
INSERT INTO env_measure_rule VALUES ('OTHER', 'LEADING', 'RED', 'AUTONOMOUS', 0, 0, 0, 0, 0, NULL, 'PATTERN', FALSE);
INSERT INTO env_measure_rule VALUES ('OTHER', 'NON_LEADING', 'YELLOW', 'LIMIT', 0.1, 0.1, 0.1, 0.1, 0.1, NULL, 'PATTERN', FALSE);
INSERT INTO env_measure_rule VALUES ('OTHER', 'NON_LEADING', 'ORANGE', 'LIMIT', 0.2, 0.2, 0.2, 0.2, 0.2, NULL, 'PATTERN', FALSE);
INSERT INTO env_measure_rule VALUES ('OTHER', 'NON_LEADING', 'RED', 'LIMIT', 0.3, 0.3, 0.3, 0.3, 0.3, NULL, 'PATTERN', FALSE);
-- Cement clinker 错峰生产 (METHODOLOGY.md 7.4): kilns stop over the calendar; the better grades exempt (晋中 2020-21).
INSERT INTO env_measure_rule VALUES ('CEMENT_CLINKER', 'A_PLUS', 'STAGGER', 'AUTONOMOUS', 0, 0, 0, 0, 0, NULL, 'PATTERN', FALSE);
INSERT INTO env_measure_rule VALUES ('CEMENT_CLINKER', 'A', 'STAGGER', 'AUTONOMOUS', 0, 0, 0, 0, 0, NULL, 'PATTERN', FALSE);
INSERT INTO env_measure_rule VALUES ('CEMENT_CLINKER', 'B', 'STAGGER', 'AUTONOMOUS', 0, 0, 0, 0, 0, NULL, 'PATTERN', FALSE);
INSERT INTO env_measure_rule VALUES ('CEMENT_CLINKER', 'B_MINUS', 'STAGGER', 'AUTONOMOUS', 0, 0, 0, 0, 0, NULL, 'PATTERN', FALSE);
INSERT INTO env_measure_rule VALUES ('CEMENT_CLINKER', 'C', 'STAGGER', 'STAGGER', 1, 1, 1, 1, 1, '错峰停窑', 'PATTERN', FALSE);
INSERT INTO env_measure_rule VALUES ('CEMENT_CLINKER', 'D', 'STAGGER', 'STOP', 1, 1, 1, 1, 1, '停产', 'PATTERN', FALSE);

-- The list (重点涉气企业清单): one row per listed enterprise of the registry.
-- guarantee: HEAT (民生保障 以热定产) or VOLUME (以量定产) with allowed_load, the verified maximum load (share);
-- *_kg: the reduction base (减排基数, kg a day); daily_base: the production base (万元 a day), NULL for the
-- default (last year's same-period daily average); upwind_from/to: the wind directions (degrees, from the north,
-- clockwise) in which it lies upwind of the monitoring sites (our own rule, advice); measure_*: 一厂一策 per level.
CREATE TABLE env_enterprise (
    credit_code    VARCHAR(18)   NOT NULL PRIMARY KEY REFERENCES enterprise (credit_code),
    industry_code  VARCHAR(32)   NOT NULL REFERENCES env_industry (code),
    grade          VARCHAR(16)   NOT NULL,
    guarantee      VARCHAR(8),
    allowed_load   NUMERIC(5, 4),
    so2_kg         NUMERIC(14, 3) NOT NULL,
    nox_kg         NUMERIC(14, 3) NOT NULL,
    pm_kg          NUMERIC(14, 3) NOT NULL,
    voc_kg         NUMERIC(14, 3) NOT NULL,
    daily_base     NUMERIC(14, 4),
    upwind_from    INT,
    upwind_to      INT,
    measure_yellow VARCHAR(300),
    measure_orange VARCHAR(300),
    measure_red    VARCHAR(300),
    updated_by     VARCHAR(100)  NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT env_enterprise_grade CHECK (grade IN ('A_PLUS', 'A', 'B', 'B_MINUS', 'C', 'D', 'LEADING', 'NON_LEADING')),
    CONSTRAINT env_enterprise_guarantee CHECK ((guarantee IS NULL AND allowed_load IS NULL)
        OR (guarantee IN ('HEAT', 'VOLUME') AND allowed_load BETWEEN 0 AND 1)),
    CONSTRAINT env_enterprise_base CHECK (so2_kg >= 0 AND nox_kg >= 0 AND pm_kg >= 0 AND voc_kg >= 0
        AND (daily_base IS NULL OR daily_base >= 0)),
    CONSTRAINT env_enterprise_wind CHECK ((upwind_from IS NULL AND upwind_to IS NULL)
        OR (upwind_from BETWEEN 0 AND 359 AND upwind_to BETWEEN 0 AND 359))
);
CREATE INDEX env_enterprise_industry ON env_enterprise (industry_code);

-- County groups the administrator defines (e.g. 东部区域) for episodes that cover only some counties.
CREATE TABLE env_county_group (
    code VARCHAR(32)  NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL UNIQUE
);
CREATE TABLE env_county_group_member (
    group_code  VARCHAR(32) NOT NULL REFERENCES env_county_group (code) ON DELETE CASCADE,
    region_code VARCHAR(6)  NOT NULL REFERENCES region (code),
    PRIMARY KEY (group_code, region_code)
);

-- Alert episodes (重污染天气预警过程) and 错峰生产 calendars (alert_level STAGGER, one key industry).
-- floor_*: the reduction floors (shares). spare_behind: the optimiser weighs the loss of counties behind target more.
-- adopted_*: the plan a city or ecology user adopted (UNIFORM, BY_GRADE, OPTIMISED); ended_at: ended early.
CREATE TABLE env_episode (
    id            BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name          VARCHAR(100)  NOT NULL,
    alert_level   VARCHAR(8)    NOT NULL,
    industry_code VARCHAR(32)   REFERENCES env_industry (code),
    starts_at     TIMESTAMP     NOT NULL,
    ends_at       TIMESTAMP     NOT NULL,
    group_code    VARCHAR(32)   REFERENCES env_county_group (code),
    floor_so2     NUMERIC(5, 4) NOT NULL,
    floor_nox     NUMERIC(5, 4) NOT NULL,
    floor_pm      NUMERIC(5, 4) NOT NULL,
    floor_voc     NUMERIC(5, 4) NOT NULL,
    spare_behind  BOOLEAN       NOT NULL,
    adopted_kind  VARCHAR(16),
    adopted_by    VARCHAR(100),
    adopted_at    TIMESTAMP WITH TIME ZONE,
    ended_at      TIMESTAMP,
    created_by    VARCHAR(100)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT env_episode_level CHECK (alert_level IN ('YELLOW', 'ORANGE', 'RED', 'STAGGER')),
    CONSTRAINT env_episode_stagger CHECK ((alert_level = 'STAGGER') = (industry_code IS NOT NULL)),
    CONSTRAINT env_episode_dates CHECK (ends_at > starts_at),
    CONSTRAINT env_episode_floors CHECK (floor_so2 BETWEEN 0 AND 1 AND floor_nox BETWEEN 0 AND 1
        AND floor_pm BETWEEN 0 AND 1 AND floor_voc BETWEEN 0 AND 1),
    CONSTRAINT env_episode_adopted CHECK (adopted_kind IS NULL OR adopted_kind IN ('UNIFORM', 'BY_GRADE', 'OPTIMISED'))
);
CREATE TABLE env_episode_wind (
    episode_id BIGINT NOT NULL REFERENCES env_episode (id) ON DELETE CASCADE,
    wind_date  DATE   NOT NULL,
    direction  INT    NOT NULL,
    PRIMARY KEY (episode_id, wind_date),
    CONSTRAINT env_wind_direction CHECK (direction BETWEEN 0 AND 359)
);
-- The adopted plan's measure per enterprise, as adopted (the rules or the list may change afterwards).
CREATE TABLE env_episode_measure (
    episode_id  BIGINT        NOT NULL REFERENCES env_episode (id) ON DELETE CASCADE,
    credit_code VARCHAR(18)   NOT NULL REFERENCES enterprise (credit_code),
    output_cut  NUMERIC(7, 6) NOT NULL,
    so2_cut     NUMERIC(7, 6) NOT NULL,
    nox_cut     NUMERIC(7, 6) NOT NULL,
    pm_cut      NUMERIC(7, 6) NOT NULL,
    voc_cut     NUMERIC(7, 6) NOT NULL,
    PRIMARY KEY (episode_id, credit_code)
);

-- Which production status entries an adopted plan recorded, so that ending the episode ends them.
ALTER TABLE production_status ADD COLUMN source VARCHAR(40);
