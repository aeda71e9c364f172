-- 绩效目标表: one per project and period (ANNUAL: one fiscal year; MID_TERM: a span of years, seed 003).
CREATE TABLE target_table (
    id                  uuid         PRIMARY KEY,
    project_id          uuid         NOT NULL REFERENCES project_copy (id),
    org_code            text         NOT NULL,
    org_path            text         NOT NULL,
    fiscal_year         integer      NOT NULL,
    period              text         NOT NULL CHECK (period IN ('ANNUAL', 'MID_TERM')),
    period_start_year   integer      NOT NULL,
    period_end_year     integer      NOT NULL,
    framework_code      text         NOT NULL,
    framework_version   integer      NOT NULL,
    overall_goal        text,
    annual_goal         text,
    status              text         NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'ADJUSTING', 'PUBLISHED')),
    submitted_version   integer      NOT NULL DEFAULT 0,
    approved_version    integer,
    last_opinion        text,
    last_grade          text,
    revision            integer      NOT NULL DEFAULT 0,
    created_at          timestamptz  NOT NULL,
    created_by          text         NOT NULL,
    updated_at          timestamptz  NOT NULL,
    updated_by          text         NOT NULL,
    CONSTRAINT target_table_period_ck CHECK (period_end_year >= period_start_year),
    CONSTRAINT target_table_framework_fk FOREIGN KEY (framework_code, framework_version) REFERENCES framework (code, version)
);
-- one table per project, period and span: a second ANNUAL table of the same project and year is a conflict
CREATE UNIQUE INDEX target_table_project_period_uq ON target_table (project_id, period, period_start_year, period_end_year);
CREATE INDEX target_table_path_idx ON target_table (org_path text_pattern_ops);
CREATE INDEX target_table_year_status_idx ON target_table (fiscal_year, status);
CREATE INDEX target_table_status_idx ON target_table (status);
CREATE INDEX target_table_updated_idx ON target_table (updated_at DESC, id);

-- 三级指标 with their 一级 and 二级, the target as written and as parsed.
CREATE TABLE target_indicator (
    table_id          uuid           NOT NULL REFERENCES target_table (id) ON DELETE CASCADE,
    position          integer        NOT NULL,
    level1            text           NOT NULL,
    level2            text,
    name              text,
    target_text       text,
    standard          text,
    expected_value    text,
    weight            numeric(7,2),
    direction         text           NOT NULL CHECK (direction IN ('POSITIVE', 'REVERSE')),
    unit              text,
    applicable        boolean        NOT NULL,
    comparator        text           NOT NULL,
    target_value      numeric(24,6),
    target_upper      numeric(24,6),
    target_unit       text,
    PRIMARY KEY (table_id, position)
);

-- Every submission is a version: the snapshot a reviewer saw, and how its review ended.
CREATE TABLE target_table_version (
    table_id       uuid         NOT NULL REFERENCES target_table (id) ON DELETE CASCADE,
    version        integer      NOT NULL,
    kind           text         NOT NULL CHECK (kind IN ('SUBMISSION', 'ADJUSTMENT')),
    submitted_at   timestamptz  NOT NULL,
    submitted_by   text         NOT NULL,
    snapshot       jsonb        NOT NULL,
    outcome        text,
    opinion        text,
    grade          text,
    decided_at     timestamptz,
    PRIMARY KEY (table_id, version)
);
