package io.jixiao.evaluation.evaluation;

import org.junit.jupiter.api.Test;

import io.jixiao.testsupport.RecordBuilders;

class EvaluationViewTest {
    @Test
    void theBuilderSetsEveryComponentByName() throws Exception {
        RecordBuilders.assertBuildsEveryComponentByName(EvaluationView.class, new EvaluationView.Builder());
    }
}
