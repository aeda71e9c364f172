-- 执行率 is executed / adjusted × 100. Amounts are below 10^16 元 and at least 0.01 元, so the ratio stays below 10^20 %:
-- numeric(9,2) overflowed on "adjusted 1, executed 1000000" and stopped the consumer that scored it.
ALTER TABLE evaluation ALTER COLUMN budget_rate TYPE numeric(24,2);
