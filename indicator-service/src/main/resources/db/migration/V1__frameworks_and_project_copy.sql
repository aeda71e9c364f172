-- 指标体系: versioned templates of 一级 → 二级 indicator names. They differ by year and city, so they are data.
CREATE TABLE framework (
    code         text         NOT NULL,
    version      integer      NOT NULL,
    name         text         NOT NULL,
    basis        text,
    level1       jsonb        NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    created_by   text         NOT NULL DEFAULT 'system',
    PRIMARY KEY (code, version)
);

INSERT INTO framework (code, version, name, basis, level1) VALUES
('MOF-2020', 1, '财政部项目支出绩效评价指标体系（2020）', '财预〔2020〕10号', '[
  {"name": "产出指标", "defaultWeight": 50, "level2": ["数量指标", "质量指标", "时效指标", "成本指标"]},
  {"name": "效益指标", "defaultWeight": 30, "level2": ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]},
  {"name": "满意度指标", "defaultWeight": 10, "level2": ["服务对象满意度指标"]}
]'),
('MOF-2021', 1, '财政部项目支出绩效指标体系（2021）', '财预〔2021〕101号', '[
  {"name": "成本指标", "level2": ["经济成本指标", "社会成本指标", "生态环境成本指标"]},
  {"name": "产出指标", "defaultWeight": 50, "level2": ["数量指标", "质量指标", "时效指标"]},
  {"name": "效益指标", "defaultWeight": 30, "level2": ["经济效益指标", "社会效益指标", "生态效益指标"]},
  {"name": "满意度指标", "defaultWeight": 10, "level2": ["服务对象满意度指标"]}
]'),
('ZHENGZHOU-2019', 1, '郑州市支出项目绩效目标指标体系（2019—2021）', '郑州市支出项目绩效目标表', '[
  {"name": "投入与目标管理", "level2": ["投入管理", "财务管理", "项目管理", "资产管理"]},
  {"name": "产出目标", "level2": ["数量", "质量", "时效", "成本"]},
  {"name": "效果目标", "level2": ["经济效益", "社会效益", "环境效益", "满意度"]},
  {"name": "影响力目标", "level2": ["长效管理", "人力资源", "部门协助", "配套设施", "信息共享", "其它"]}
]');

-- The projects this service needs, copied from project.* events (never read from project-service's tables).
CREATE TABLE project_copy (
    id           uuid         PRIMARY KEY,
    fiscal_year  integer      NOT NULL,
    org_code     text         NOT NULL,
    org_path     text         NOT NULL,
    name         text         NOT NULL,
    amount_unit  text         NOT NULL,
    year_amount  numeric(18,2),
    version      integer      NOT NULL,
    updated_at   timestamptz  NOT NULL
);
CREATE INDEX project_copy_path_idx ON project_copy (org_path text_pattern_ops);
CREATE INDEX project_copy_year_idx ON project_copy (fiscal_year);
