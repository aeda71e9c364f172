package io.jixiao.evaluation.evaluation;

import io.jixiao.testsupport.RecordBuilders;
import org.junit.jupiter.api.Test;

class EvaluationViewTest {
    @Test
    void theBuilderSetsEveryComponentByName() throws Exception {
        RecordBuilders.assertBuildsEveryComponentByName(EvaluationView.class, new EvaluationView.Builder());
    }
}
