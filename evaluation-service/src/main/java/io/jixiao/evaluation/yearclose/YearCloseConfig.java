package io.jixiao.evaluation.yearclose;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a year close (年度关闭) works through the year's self-evaluations. */
@ConfigMapping(prefix = "jixiao.year-close")
public interface YearCloseConfig {
    /** Evaluations scored and written per transaction: a killed instance loses at most one batch, which is redone. */
    @WithDefault("1000")
    int batchSize();

    /** Batches worked at once by this instance (other instances take their own through SKIP LOCKED). */
    @WithDefault("2")
    int workers();
}
