-- pg_trgm is a trusted extension (PG 13+): the database owner may create it. It backs the project name search.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- 组织机构: finance bureau → departments → units. path is the materialised chain of codes, "/410100/197001/093001/",
-- so "this organisation and everything below it" is one prefix match on an index.
CREATE TABLE org (
    code         text         PRIMARY KEY,
    name         text         NOT NULL,
    type         text         NOT NULL CHECK (type IN ('FINANCE_BUREAU', 'DEPARTMENT', 'UNIT')),
    parent_code  text         REFERENCES org (code),
    path         text         NOT NULL UNIQUE,
    created_at   timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX org_path_prefix_idx ON org (path text_pattern_ops);
CREATE INDEX org_parent_idx ON org (parent_code);

-- 预算年度
CREATE TABLE fiscal_year (
    year            integer      PRIMARY KEY,
    status          text         NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    scope_org_code  text         REFERENCES org (code),
    opened_at       timestamptz  NOT NULL DEFAULT now(),
    closed_at       timestamptz,
    closed_by       text
);

-- 项目: every header field found in the four seed documents. Money in 元 with two decimals;
-- amount_unit keeps the unit the table was written in (元 or 万元) for display and export.
CREATE TABLE project (
    id                     uuid          PRIMARY KEY,
    fiscal_year            integer       NOT NULL REFERENCES fiscal_year (year),
    org_code               text          NOT NULL REFERENCES org (code),
    org_path               text          NOT NULL,
    source_ref             text,
    name                   text          NOT NULL,
    unit_code              text,
    unit_name              text,
    department_name        text,
    fund_use               text,
    category               text,
    attribute              text,
    leader                 text,
    contact                text,
    phone                  text,
    start_date             date,
    end_date               date,
    amount_unit            text          NOT NULL CHECK (amount_unit IN ('YUAN', 'WAN_YUAN')),
    total_amount           numeric(18,2),
    year_amount            numeric(18,2),
    prev_total_amount      numeric(18,2),
    prev_year_amount       numeric(18,2),
    fiscal_funds           numeric(18,2),
    carry_over_funds       numeric(18,2),
    other_funds            numeric(18,2),
    mid_term_total         numeric(18,2),
    mid_term_fiscal_funds  numeric(18,2),
    mid_term_other_funds   numeric(18,2),
    mid_term_start_year    integer,
    mid_term_end_year      integer,
    overview               text,
    basis                  text,
    necessity              text,
    supporting_measures    text,
    implementation_plan    text,
    safeguards             text,
    remarks                text,
    -- 年初预算数 / 全年预算数 / 全年执行数, each split into 当年财政拨款 / 上年结转资金 / 其他资金
    initial_total          numeric(18,2),
    initial_fiscal         numeric(18,2),
    initial_carry_over     numeric(18,2),
    initial_other          numeric(18,2),
    adjusted_total         numeric(18,2),
    adjusted_fiscal        numeric(18,2),
    adjusted_carry_over    numeric(18,2),
    adjusted_other         numeric(18,2),
    executed_total         numeric(18,2),
    executed_fiscal        numeric(18,2),
    executed_carry_over    numeric(18,2),
    executed_other         numeric(18,2),
    budget_updated_at      timestamptz,
    version                integer       NOT NULL DEFAULT 0,
    created_at             timestamptz   NOT NULL,
    created_by             text          NOT NULL,
    updated_at             timestamptz   NOT NULL,
    updated_by             text          NOT NULL,
    CONSTRAINT project_dates_ck CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
-- An import or an integrating system may name its own reference; the same reference twice is the same project.
CREATE UNIQUE INDEX project_source_ref_uq ON project (source_ref, org_code) WHERE source_ref IS NOT NULL;
-- Every list filter has an index: year, subtree (prefix), name search (trigram), default order.
CREATE INDEX project_year_path_idx ON project (fiscal_year, org_path text_pattern_ops);
CREATE INDEX project_path_idx ON project (org_path text_pattern_ops);
CREATE INDEX project_name_trgm_idx ON project USING gin (lower(name) gin_trgm_ops);
CREATE INDEX project_created_idx ON project (created_at DESC, id);

-- 成本构成: item, amount, 测算依据 formula text, last year's actual, this year's plan.
CREATE TABLE project_cost_item (
    project_id        uuid           NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    position          integer        NOT NULL,
    item              text           NOT NULL,
    amount            numeric(18,2),
    basis             text,
    last_year_actual  numeric(18,2),
    this_year_plan    numeric(18,2),
    PRIMARY KEY (project_id, position)
);
