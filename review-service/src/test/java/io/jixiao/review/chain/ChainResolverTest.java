package io.jixiao.review.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainResolverTest {
    private static final List<StageType> DEFAULT = List.of(StageType.DEPARTMENT, StageType.FINANCE_BUREAU);
    private static final Map<String, String> TREE =
            Map.of("410100", "FINANCE_BUREAU", "197001", "DEPARTMENT", "093001", "UNIT", "410999", "UNIT");

    @Test
    void aUnitIsReviewedByItsDepartmentThenItsFinanceBureau() {
        assertEquals(
                List.of(
                        new Stage(StageType.DEPARTMENT, "197001", "/410100/197001/"),
                        new Stage(StageType.FINANCE_BUREAU, "410100", "/410100/")),
                ChainResolver.resolve(DEFAULT, "/410100/197001/093001/", TREE));
    }

    @Test
    void aUnitDirectlyUnderTheFinanceBureauHasOneStage() {
        assertEquals(
                List.of(new Stage(StageType.FINANCE_BUREAU, "410100", "/410100/")),
                ChainResolver.resolve(DEFAULT, "/410100/410999/", TREE));
    }

    @Test
    void aDepartmentsOwnTableIsReviewedByItselfThenTheBureau() {
        assertEquals(
                List.of("197001", "410100"),
                ChainResolver.resolve(DEFAULT, "/410100/197001/", TREE).stream()
                        .map(Stage::orgCode)
                        .toList());
    }

    @Test
    void aFinanceOnlyChainAndAnUnknownTreeStillResolve() {
        assertEquals(
                List.of("410100"),
                ChainResolver.resolve(List.of(StageType.FINANCE_BUREAU), "/410100/197001/093001/", TREE).stream()
                        .map(Stage::orgCode)
                        .toList());
        assertEquals(
                List.of("D1", "F1"),
                ChainResolver.resolve(DEFAULT, "/F1/D1/U1/", Map.of()).stream()
                        .map(Stage::orgCode)
                        .toList());
    }
}
