-- The B204-1 detail of a revision (what monthly_detail held, one row per enterprise) as one deflated value per
-- revision (statdata/DetailPack, format 1): it is written once and only ever read whole. V96 (a Java migration,
-- statdata/DetailPackMigration) moves the rows of monthly_detail here and drops that table.
CREATE TABLE monthly_detail_pack (
    revision_id BIGINT   NOT NULL PRIMARY KEY REFERENCES monthly_revision (id),
    format      SMALLINT NOT NULL,
    packed      BYTEA    NOT NULL
);
