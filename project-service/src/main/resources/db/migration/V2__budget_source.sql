-- Who entered the budget figures last: the unit (单位填报) or the finance bureau's system (财政推送). The bureau's
-- figures win: once they arrived, the unit no longer overwrites them.
ALTER TABLE project ADD COLUMN budget_source text CHECK (budget_source IN ('UNIT', 'FINANCE_BUREAU', 'ADMIN'));
ALTER TABLE project ADD COLUMN budget_updated_by text;
