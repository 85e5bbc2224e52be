-- One data version for all instances (issue 17, item 2): every committed change that may affect figures moves it in
-- the same transaction, so an instance that reads a larger number knows the data changed on another instance and
-- drops its snapshot, warnings and rendered pages.
CREATE TABLE data_version (
    id      INT    NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 0);
