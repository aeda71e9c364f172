package io.jixiao.review.task;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "jixiao.review")
public interface ReviewConfig {
    /** Days a reviewer has before a task is overdue. */
    int dueDays();
}
