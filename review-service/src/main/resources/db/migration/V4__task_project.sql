-- Pending review tasks follow their project when an admin moves it to another unit (project.updated.v1):
-- each task knows its project. Existing rows take it from the snapshot they were opened with.
ALTER TABLE review_task ADD COLUMN project_id uuid;
UPDATE review_task SET project_id = (snapshot ->> 'projectId')::uuid WHERE snapshot ? 'projectId';
CREATE INDEX review_task_project_pending_idx ON review_task (project_id) WHERE status = 'PENDING';

-- Where each project is now (project.registered/updated.v1): a round opened from a submission that was sent before
-- a move, but read after it, still starts at the project's current organisation.
CREATE TABLE project_location (
    project_id uuid PRIMARY KEY,
    org_code   varchar(32)  NOT NULL,
    org_path   varchar(400) NOT NULL,
    version    integer      NOT NULL
);
