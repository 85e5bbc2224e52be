-- 奋斗目标: a county's own raised value-added growth target for a year (主动拔高目标), recorded by the county beside its
-- 人代会目标 (table target), which it never replaces. One per county and year.
CREATE TABLE raised_target (
    target_year  INTEGER      NOT NULL,
    region_code  VARCHAR(6)   NOT NULL,
    target_value NUMERIC(7,2) NOT NULL,
    PRIMARY KEY (target_year, region_code)
);
