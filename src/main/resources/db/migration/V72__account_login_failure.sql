-- Failed logins per account and source address: five in a row lock the account for that address only (the real user
-- elsewhere keeps logging in), each further lock of the same pair twice as long (15 min, 30 min, ... at most 24 h).
-- app_user.failed_logins / locked_until show the latest of them to the administrator.
CREATE TABLE login_failure (
    username     VARCHAR(64)  NOT NULL,
    address      VARCHAR(64)  NOT NULL,
    failures     INTEGER      NOT NULL,
    locks        INTEGER      NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (username, address)
);
