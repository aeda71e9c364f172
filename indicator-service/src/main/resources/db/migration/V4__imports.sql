-- 导入: documents read into target tables. A batch waits for project-service to register (or find) the projects its
-- tables need; each item is one table and says what became of it.
CREATE TABLE import_batch (
    id            uuid         PRIMARY KEY,
    org_code      text         NOT NULL,
    requested_by  text         NOT NULL,
    approved      boolean      NOT NULL DEFAULT false,
    status        text         NOT NULL,
    warnings      jsonb        NOT NULL DEFAULT '[]',
    created_at    timestamptz  NOT NULL,
    finished_at   timestamptz
);
CREATE INDEX import_batch_org ON import_batch (org_code, created_at DESC);

CREATE TABLE import_item (
    id              uuid     PRIMARY KEY,
    batch_id        uuid     NOT NULL REFERENCES import_batch (id),
    position        integer  NOT NULL,
    project_key     text     NOT NULL,
    project_name    text     NOT NULL,
    period          text     NOT NULL,
    imported        jsonb    NOT NULL,
    status          text     NOT NULL,
    project_id      uuid,
    target_table_id uuid,
    problems        jsonb
);
CREATE INDEX import_item_batch ON import_item (batch_id, project_key);
