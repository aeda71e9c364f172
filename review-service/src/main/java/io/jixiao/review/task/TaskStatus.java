package io.jixiao.review.task;

public enum TaskStatus {
    PENDING,
    APPROVED,
    RETURNED
}
