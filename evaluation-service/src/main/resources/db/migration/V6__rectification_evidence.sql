-- 问题整改: problems reviewers found in evaluated projects, what must be done by when, and the unit's answer.
CREATE TABLE rectification (
    id               uuid         PRIMARY KEY,
    evaluation_id    uuid         NOT NULL,
    project_id       uuid         NOT NULL,
    project_name     text         NOT NULL,
    org_code         text         NOT NULL,
    org_path         text         NOT NULL,
    fiscal_year      integer      NOT NULL,
    status           text         NOT NULL CHECK (status IN ('OPEN', 'ANSWERED', 'CLOSED')),
    problem          text         NOT NULL,
    requirement      text         NOT NULL,
    deadline         date         NOT NULL,
    measures         text,
    reviewer_comment text,
    raised_by        text         NOT NULL,
    raised_at        timestamptz  NOT NULL,
    answered_by      text,
    answered_at      timestamptz,
    closed_by        text,
    closed_at        timestamptz,
    reopen_count     integer      NOT NULL DEFAULT 0,
    updated_at       timestamptz  NOT NULL,
    revision         integer      NOT NULL DEFAULT 0
);
-- one index per filter of GET /rectifications: subtree, year, status (+ deadline for overdue), evaluation
CREATE INDEX rectification_path_trgm_idx ON rectification USING gin (org_path gin_trgm_ops);
CREATE INDEX rectification_year_idx ON rectification (fiscal_year);
CREATE INDEX rectification_status_deadline_idx ON rectification (status, deadline);
CREATE INDEX rectification_evaluation_idx ON rectification (evaluation_id);

-- 佐证材料: the record of each file, scoped like its owner; the bytes live apart (EvidenceStore), here by default.
CREATE TABLE evidence (
    id           uuid         PRIMARY KEY,
    owner_type   text         NOT NULL CHECK (owner_type IN ('EVALUATION', 'RECTIFICATION')),
    owner_id     uuid         NOT NULL,
    org_code     text         NOT NULL,
    org_path     text         NOT NULL,
    file_name    text         NOT NULL,
    content_type text         NOT NULL,
    size_bytes   bigint       NOT NULL CHECK (size_bytes > 0),
    sha256       text         NOT NULL,
    uploaded_by  text         NOT NULL,
    uploaded_at  timestamptz  NOT NULL
);
CREATE INDEX evidence_owner_idx ON evidence (owner_type, owner_id, uploaded_at);

CREATE TABLE evidence_content (
    id      uuid   PRIMARY KEY REFERENCES evidence (id) ON DELETE CASCADE,
    content bytea  NOT NULL
);
