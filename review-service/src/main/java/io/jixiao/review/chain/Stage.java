package io.jixiao.review.chain;

/** One resolved stage of a chain: the level and the organisation whose reviewers decide there. */
public record Stage(StageType type, String orgCode, String orgPath) {}
