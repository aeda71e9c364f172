-- What the 拟公开绩效目标项目统计表 prints of a project besides its name and amount: the unit, its leader and phone.
ALTER TABLE project_copy ADD COLUMN unit_name text;
ALTER TABLE project_copy ADD COLUMN department_name text;
ALTER TABLE project_copy ADD COLUMN leader text;
ALTER TABLE project_copy ADD COLUMN phone text;
