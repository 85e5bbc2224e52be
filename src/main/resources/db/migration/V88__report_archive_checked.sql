-- The data version a document's newest version was last found current at: the refresh recomposes a document after the
-- data change and keeps a new version only when it reads differently; when it reads the same, this records that the
-- check was made, so that the same document is not recomposed again at every refresh until the data change again.
ALTER TABLE report_archive ADD COLUMN checked_version BIGINT;
