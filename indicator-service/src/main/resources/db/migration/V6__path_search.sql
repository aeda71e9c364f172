-- Lists are scoped to the caller's subtree with org_path LIKE '%/<code>/%' (the code can sit at any depth), which the
-- text_pattern_ops index cannot serve: at 100,000 tables a unit's own list scanned every row (TableListBenchmark). A
-- trigram index serves the infix match, as evaluation-service's does.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX target_table_path_trgm_idx ON target_table USING gin (org_path gin_trgm_ops);
