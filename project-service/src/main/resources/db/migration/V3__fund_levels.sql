-- 当年财政拨款 split by government level: 本级财政 (this level's own funds) and 上级补助 (transfers from above, e.g. the
-- province). A disclosure statement counts the own level only; null where nobody split the figure.
ALTER TABLE project
    ADD COLUMN initial_own_level    numeric(18,2),
    ADD COLUMN initial_upper_level  numeric(18,2),
    ADD COLUMN adjusted_own_level   numeric(18,2),
    ADD COLUMN adjusted_upper_level numeric(18,2),
    ADD COLUMN executed_own_level   numeric(18,2),
    ADD COLUMN executed_upper_level numeric(18,2);
