-- The departments (issue 12): a table the administrator maintains instead of a fixed list. A department user works for
-- one; the city assigns tickets (交办) to those that take tickets. Codes stay those stored since V70 and V74.
CREATE TABLE department (
    code          VARCHAR(32)  NOT NULL PRIMARY KEY,
    name          VARCHAR(100) NOT NULL UNIQUE,
    name_en       VARCHAR(100) NOT NULL,
    takes_tickets BOOLEAN      NOT NULL DEFAULT TRUE,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order    INT          NOT NULL
);
INSERT INTO department VALUES ('DEVELOPMENT', '发展改革委', 'Development and Reform Commission', TRUE, TRUE, 10);
INSERT INTO department VALUES ('COMMERCE', '商务局', 'Commerce Bureau', TRUE, TRUE, 20);
INSERT INTO department VALUES ('TRANSPORT', '交通运输局', 'Transport Bureau', TRUE, TRUE, 30);
INSERT INTO department VALUES ('HEALTH', '卫生健康委', 'Health Commission', TRUE, TRUE, 40);
INSERT INTO department VALUES ('MARKET_REGULATION', '市场监督管理局', 'Market Regulation Administration', TRUE, TRUE, 50);
INSERT INTO department VALUES ('ECOLOGY', '生态环境局', 'Ecology and Environment Bureau', TRUE, TRUE, 60);
INSERT INTO department VALUES ('TAXATION', '税务局', 'Taxation Bureau', TRUE, TRUE, 70);
INSERT INTO department VALUES ('HUMAN_RESOURCES', '人力资源和社会保障局', 'Human Resources and Social Security Bureau', TRUE, TRUE, 80);
INSERT INTO department VALUES ('FINANCE', '金融工作局', 'Financial Affairs Bureau', TRUE, TRUE, 90);
INSERT INTO department VALUES ('POWER_SUPPLY', '供电公司', 'Power Supply Company', TRUE, TRUE, 100);
INSERT INTO department VALUES ('NATURAL_RESOURCES', '自然资源和规划局', 'Natural Resources and Planning Bureau', TRUE, TRUE, 110);
INSERT INTO department VALUES ('HOUSING', '住房和城乡建设局', 'Housing and Urban-Rural Development Bureau', TRUE, TRUE, 120);
INSERT INTO department VALUES ('STATISTICS', '统计局', 'Statistics Bureau', FALSE, TRUE, 130);

ALTER TABLE app_user ADD CONSTRAINT app_user_department FOREIGN KEY (department) REFERENCES department (code);
ALTER TABLE ticket_department ADD CONSTRAINT ticket_department_department
    FOREIGN KEY (department) REFERENCES department (code);
