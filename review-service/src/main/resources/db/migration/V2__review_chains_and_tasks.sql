CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- 审核链: which levels review a subject, per subject type and (optionally) per organisation subtree.
-- A stage names a level of the tree; it resolves to the nearest organisation of that type above the subject.
CREATE TABLE review_chain (
    id            uuid         PRIMARY KEY,
    subject_type  text         NOT NULL CHECK (subject_type IN ('TARGET_TABLE', 'EVALUATION', 'ADJUSTMENT')),
    org_code      text,
    stages        jsonb        NOT NULL,
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    updated_by    text         NOT NULL DEFAULT 'system'
);
CREATE UNIQUE INDEX review_chain_scope_uq ON review_chain (subject_type, coalesce(org_code, ''));
INSERT INTO review_chain (id, subject_type, org_code, stages) VALUES
    ('00000000-0000-0000-0000-000000000001', 'TARGET_TABLE', NULL, '["DEPARTMENT", "FINANCE_BUREAU"]'),
    ('00000000-0000-0000-0000-000000000002', 'EVALUATION', NULL, '["DEPARTMENT", "FINANCE_BUREAU"]'),
    ('00000000-0000-0000-0000-000000000003', 'ADJUSTMENT', NULL, '["DEPARTMENT", "FINANCE_BUREAU"]');

-- 审核任务: one per stage of one round (one submitted version) of one subject.
CREATE TABLE review_task (
    id                 uuid         PRIMARY KEY,
    subject_type       text         NOT NULL,
    subject_id         uuid         NOT NULL,
    subject_version    integer      NOT NULL,
    subject_title      text,
    subject_org_code   text         NOT NULL,
    subject_org_path   text         NOT NULL,
    stage              integer      NOT NULL,
    stage_count        integer      NOT NULL,
    stage_type         text         NOT NULL,
    reviewer_org_code  text         NOT NULL,
    reviewer_org_path  text         NOT NULL,
    status             text         NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'RETURNED')),
    snapshot           jsonb        NOT NULL,
    changes            jsonb,
    plan               jsonb        NOT NULL,
    created_at         timestamptz  NOT NULL,
    due_at             timestamptz  NOT NULL,
    decided_at         timestamptz,
    decided_by         text,
    grade              text,
    opinion            text,
    -- a redelivered submission or a double click on approve creates no second task for the same stage
    CONSTRAINT review_task_stage_uq UNIQUE (subject_type, subject_id, subject_version, stage)
);
CREATE INDEX review_task_status_idx ON review_task (status, due_at);
CREATE INDEX review_task_subject_idx ON review_task (subject_id, subject_version, stage);
CREATE INDEX review_task_reviewer_trgm_idx ON review_task USING gin (reviewer_org_path gin_trgm_ops);
CREATE INDEX review_task_subject_org_trgm_idx ON review_task USING gin (subject_org_path gin_trgm_ops);
CREATE INDEX review_task_created_idx ON review_task (created_at DESC, id);
