-- 统计局反馈数: the statistics bureau's official growth of the city or a county, fed back per month (month growth
-- and/or cumulative growth, %). Kept apart from the platform's own estimate (the engine's snapshot), never mixed
-- with it. Periods are the first day of the month, as in benchmark.
CREATE TABLE official_growth (
    period       DATE         NOT NULL,
    region_code  VARCHAR(6)   NOT NULL,
    growth_month NUMERIC(7,2),
    growth_cum   NUMERIC(7,2),
    PRIMARY KEY (period, region_code),
    CONSTRAINT official_growth_some CHECK (growth_month IS NOT NULL OR growth_cum IS NOT NULL)
);
