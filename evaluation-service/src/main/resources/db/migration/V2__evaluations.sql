CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- 评分办法: the scoring policy of a fiscal year, for a region (a finance bureau's code) or for all ('*').
CREATE TABLE scoring_policy (
    fiscal_year  integer      NOT NULL,
    region_code  text         NOT NULL DEFAULT '*',
    policy       jsonb        NOT NULL,
    updated_at   timestamptz  NOT NULL,
    updated_by   text         NOT NULL,
    PRIMARY KEY (fiscal_year, region_code)
);

-- Budget execution as project-service announces it (project.budget-executed.v1), in 元.
CREATE TABLE budget_copy (
    project_id      uuid           PRIMARY KEY,
    fiscal_year     integer        NOT NULL,
    org_code        text           NOT NULL,
    initial_total   numeric(18,2),
    adjusted_total  numeric(18,2),
    executed_total  numeric(18,2),
    breakdown       jsonb          NOT NULL,
    version         integer        NOT NULL,
    updated_at      timestamptz    NOT NULL
);

-- 绩效自评: one per approved target table.
CREATE TABLE evaluation (
    id                 uuid           PRIMARY KEY,
    table_id           uuid           NOT NULL UNIQUE,
    table_version      integer        NOT NULL,
    project_id         uuid           NOT NULL,
    project_name       text,
    org_code           text           NOT NULL,
    org_path           text           NOT NULL,
    fiscal_year        integer        NOT NULL,
    amount_unit        text,
    status             text           NOT NULL CHECK (status IN ('PENDING', 'DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'FINAL', 'NOT_SUBMITTED')),
    goal_expected      text,
    goal_actual        text,
    budget_initial     numeric(18,2),
    budget_adjusted    numeric(18,2),
    budget_executed    numeric(18,2),
    budget_breakdown   jsonb,
    budget_weight      numeric(7,2),
    budget_rate        numeric(9,2),
    budget_score       numeric(7,2),
    total_score        numeric(7,2),
    grade              text,
    reviewed_total     numeric(7,2),
    review_reason      text,
    reviewed_by        text,
    reviewed_at        timestamptz,
    submitted_version  integer        NOT NULL DEFAULT 0,
    last_opinion       text,
    last_grade         text,
    was_submitted      boolean        NOT NULL DEFAULT false,
    finalized_at       timestamptz,
    revision           integer        NOT NULL DEFAULT 0,
    created_at         timestamptz    NOT NULL,
    updated_at         timestamptz    NOT NULL,
    updated_by         text           NOT NULL
);
CREATE INDEX evaluation_year_status_idx ON evaluation (fiscal_year, status);
CREATE INDEX evaluation_path_trgm_idx ON evaluation USING gin (org_path gin_trgm_ops);
CREATE INDEX evaluation_project_idx ON evaluation (project_id);
CREATE INDEX evaluation_updated_idx ON evaluation (updated_at DESC, id);

CREATE TABLE evaluation_indicator (
    evaluation_id       uuid          NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,
    position            integer       NOT NULL,
    level1              text,
    level2              text,
    name                text,
    target_text         text,
    weight              numeric(9,4),
    direction           text,
    applicable          boolean       NOT NULL,
    actual_text         text,
    achievement         text,
    evaluator_score     numeric(7,2),
    score               numeric(7,2),
    needs_deviation     boolean       NOT NULL DEFAULT false,
    deviation_analysis  text,
    PRIMARY KEY (evaluation_id, position)
);

ALTER TABLE year_close ADD COLUMN not_submitted integer NOT NULL DEFAULT 0;
