-- 绩效运行监控: a finance bureau's round (year, period, deadline, light thresholds) and one sheet per approved annual
-- table in its subtree, with each indicator's progress, likelihood, deviation cause and corrective measure.
CREATE TABLE monitoring_round (
    id              uuid          PRIMARY KEY,
    fiscal_year     integer       NOT NULL,
    scope_org_code  text          NOT NULL,
    scope_org_path  text          NOT NULL,
    months_passed   integer       NOT NULL CHECK (months_passed BETWEEN 1 AND 12),
    label           text          NOT NULL,
    deadline        date          NOT NULL,
    yellow_gap      numeric(5,2)  NOT NULL,
    red_gap         numeric(5,2)  NOT NULL,
    sheets          integer       NOT NULL,
    opened_by       text          NOT NULL,
    opened_at       timestamptz   NOT NULL,
    CONSTRAINT monitoring_round_once UNIQUE (fiscal_year, scope_org_code, months_passed)
);
CREATE INDEX monitoring_round_path_trgm_idx ON monitoring_round USING gin (scope_org_path gin_trgm_ops);
CREATE INDEX monitoring_round_opened_idx ON monitoring_round (opened_at DESC, id);

CREATE TABLE monitoring_sheet (
    id                 uuid           PRIMARY KEY,
    round_id           uuid           NOT NULL REFERENCES monitoring_round (id),
    evaluation_id      uuid           NOT NULL,
    table_id           uuid           NOT NULL,
    project_id         uuid           NOT NULL,
    project_name       text,
    org_code           text           NOT NULL,
    org_path           text           NOT NULL,
    fiscal_year        integer        NOT NULL,
    status             text           NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
    budget_adjusted    numeric(18,2),
    budget_executed    numeric(18,2),
    execution_rate     numeric(9,2),
    execution_light    text,
    light              text,
    finance_measure    text,
    review_opinion     text,
    submitted_version  integer        NOT NULL DEFAULT 0,
    revision           integer        NOT NULL DEFAULT 0,
    updated_at         timestamptz    NOT NULL,
    updated_by         text           NOT NULL,
    CONSTRAINT monitoring_sheet_once UNIQUE (round_id, evaluation_id)
);
-- the list's filters: round (+ order by unit and project), subtree, status, light
CREATE INDEX monitoring_sheet_round_idx ON monitoring_sheet (round_id, org_code, project_name, id);
CREATE INDEX monitoring_sheet_path_trgm_idx ON monitoring_sheet USING gin (org_path gin_trgm_ops);
CREATE INDEX monitoring_sheet_status_idx ON monitoring_sheet (status);
CREATE INDEX monitoring_sheet_light_idx ON monitoring_sheet (light);

CREATE TABLE monitoring_row (
    sheet_id            uuid          NOT NULL REFERENCES monitoring_sheet (id) ON DELETE CASCADE,
    position            integer       NOT NULL,
    level1              text,
    level2              text,
    name                text,
    target_text         text,
    current_value       text,
    expected_value      text,
    likelihood          text,
    deviation_cause     text,
    deviation_reason    text,
    corrective_measure  text,
    progress            numeric(12,2),
    light               text,
    PRIMARY KEY (sheet_id, position)
);

ALTER TABLE evidence DROP CONSTRAINT IF EXISTS evidence_owner_type_check;
ALTER TABLE evidence ADD CONSTRAINT evidence_owner_type_check
    CHECK (owner_type IN ('EVALUATION', 'RECTIFICATION', 'MONITORING'));
