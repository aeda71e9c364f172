-- 问题整改 also after 运行监控: an item may come from an approved monitoring sheet (its self-evaluation is kept beside it).
ALTER TABLE rectification ADD COLUMN monitoring_sheet_id uuid;
CREATE INDEX rectification_sheet_idx ON rectification (monitoring_sheet_id) WHERE monitoring_sheet_id IS NOT NULL;
