-- 信息公开: the version the public reads stays readable while the unit adjusts its targets.
ALTER TABLE target_table ADD COLUMN published_version integer;
ALTER TABLE target_table ADD COLUMN published_at timestamptz;
CREATE INDEX target_table_published_idx ON target_table (fiscal_year) WHERE published_version IS NOT NULL;
