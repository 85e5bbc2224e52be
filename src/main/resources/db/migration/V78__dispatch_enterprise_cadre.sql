-- Each enterprise's responsible cadre (包联干部, issue 12): one per enterprise, set by its county or the city.
CREATE TABLE enterprise_cadre (
    credit_code VARCHAR(18)  NOT NULL PRIMARY KEY REFERENCES enterprise (credit_code),
    cadre       VARCHAR(50)  NOT NULL,
    phone       VARCHAR(30),
    unit        VARCHAR(100),
    updated_by  VARCHAR(100) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
