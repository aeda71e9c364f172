-- 全年预算数 split by government level (本级财政 / 上级补助) and who the funds reached (受益情况): a disclosure statement
-- (公开说明) counts the unit's own level's funds only and reports people helped per level. Null where nobody split it.
ALTER TABLE evaluation
    ADD COLUMN budget_own_level   numeric(18,2),
    ADD COLUMN budget_upper_level numeric(18,2),
    ADD COLUMN beneficiaries      jsonb;
ALTER TABLE budget_copy
    ADD COLUMN adjusted_own_level   numeric(18,2),
    ADD COLUMN adjusted_upper_level numeric(18,2);
