-- 年度关闭: one job per fiscal-year.closed.v1 event; it finalises the year's evaluations in its scope and
-- reports progress while it runs.
CREATE TABLE year_close (
    id              uuid         PRIMARY KEY,
    fiscal_year     integer      NOT NULL,
    scope_org_code  text,
    scope_org_path  text         NOT NULL,
    status          text         NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
    total           integer      NOT NULL DEFAULT 0,
    done            integer      NOT NULL DEFAULT 0,
    closed_by       text,
    started_at      timestamptz  NOT NULL,
    finished_at     timestamptz
);
CREATE INDEX year_close_year_idx ON year_close (fiscal_year, started_at DESC);
