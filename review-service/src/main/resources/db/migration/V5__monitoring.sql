-- 绩效运行监控: monitoring sheets are reviewed like target tables (department, then finance bureau), and a decision
-- may carry the finance bureau's measure (继续实施 / 调整目标 / 暂缓拨款 / 停止拨款).
ALTER TABLE review_chain DROP CONSTRAINT IF EXISTS review_chain_subject_type_check;
ALTER TABLE review_chain ADD CONSTRAINT review_chain_subject_type_check
    CHECK (subject_type IN ('TARGET_TABLE', 'EVALUATION', 'ADJUSTMENT', 'MONITORING'));
INSERT INTO review_chain (id, subject_type, org_code, stages) VALUES
    ('00000000-0000-0000-0000-000000000004', 'MONITORING', NULL, '["DEPARTMENT", "FINANCE_BUREAU"]')
    ON CONFLICT DO NOTHING;
ALTER TABLE review_task ADD COLUMN finance_measure text
    CHECK (finance_measure IN ('CONTINUE', 'ADJUST_TARGETS', 'SUSPEND_FUNDING', 'STOP_FUNDING'));
