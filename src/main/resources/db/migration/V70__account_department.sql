-- A department user's department (DESIGN.md section 1): it decides which enterprise facts the user sees.
-- Existing department users keep none until an administrator sets it, and see only the city's aggregates meanwhile.
ALTER TABLE app_user ADD COLUMN department VARCHAR(32);
