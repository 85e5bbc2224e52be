-- Monthly enterprise data (DESIGN.md section 4, monthly.csv) and the deflation inputs: value-added ratios by year and
-- division, PPI by month and division. Enterprises are referred to by credit code (the enterprise registry's natural
-- key), so statdata stays independent of the registry's tables. The natural key (period, credit code) is the
-- primary key: no identity column to maintain on bulk loads. "year" and "value" are H2 keywords, hence stat_year.
CREATE TABLE monthly_report (
    period      DATE          NOT NULL,
    credit_code VARCHAR(18)   NOT NULL,
    output      NUMERIC(18,2) NOT NULL,
    output_ly   NUMERIC(18,2) NOT NULL,
    revenue     NUMERIC(18,2),
    electricity NUMERIC(18,2),
    CONSTRAINT monthly_report_pk PRIMARY KEY (period, credit_code),
    CONSTRAINT monthly_report_first_of_month CHECK (EXTRACT(DAY FROM period) = 1)
);
CREATE INDEX monthly_report_enterprise ON monthly_report (credit_code, period);

CREATE TABLE va_ratio (
    stat_year     INTEGER      NOT NULL,
    division_code VARCHAR(2)   NOT NULL,
    ratio         NUMERIC(6,4) NOT NULL,
    PRIMARY KEY (stat_year, division_code)
);

CREATE TABLE ppi (
    period        DATE         NOT NULL,
    division_code VARCHAR(2)   NOT NULL,
    ppi_yoy       NUMERIC(7,2) NOT NULL,
    PRIMARY KEY (period, division_code)
);
