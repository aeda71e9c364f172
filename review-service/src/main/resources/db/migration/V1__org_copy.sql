-- The organisation tree as project-service announces it: review chains climb it (unit → department → finance bureau)
-- and reviewers see the tasks of their subtree.
CREATE TABLE org_copy (
    code         text         PRIMARY KEY,
    name         text         NOT NULL,
    type         text         NOT NULL,
    parent_code  text,
    path         text         NOT NULL,
    updated_at   timestamptz  NOT NULL
);
CREATE INDEX org_copy_path_idx ON org_copy (path text_pattern_ops);
