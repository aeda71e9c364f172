-- A year close finalises only approved self-evaluations (FINAL). One still under review or returned when the year
-- closes keeps the unit's own score but is marked NOT_APPROVED; one never submitted is NOT_SUBMITTED.
ALTER TABLE evaluation DROP CONSTRAINT IF EXISTS evaluation_status_check;
ALTER TABLE evaluation ADD CONSTRAINT evaluation_status_check CHECK (status IN ('PENDING', 'DRAFT', 'SUBMITTED',
    'RETURNED', 'APPROVED', 'FINAL', 'NOT_SUBMITTED', 'NOT_APPROVED'));
-- A job whose batch fails again and again stops as FAILED with the reason, and later jobs go on.
ALTER TABLE year_close ADD COLUMN failure text;
ALTER TABLE year_close ADD COLUMN not_approved integer NOT NULL DEFAULT 0;
