package io.jixiao.evaluation.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jixiao.platform.problem.ProblemException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The moves of a self-evaluation (自评表), on the entity, without a database. */
class EvaluationTransitionsTest {
    private static final OffsetDateTime T0 = OffsetDateTime.parse("2027-01-10T09:00:00+08:00");

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "PENDING, DRAFT, true",
        "PENDING, SUBMITTED, true",
        "PENDING, NOT_SUBMITTED, true",
        "PENDING, FINAL, false",
        "DRAFT, SUBMITTED, true",
        "DRAFT, NOT_SUBMITTED, true",
        "DRAFT, APPROVED, false",
        "SUBMITTED, APPROVED, true",
        "SUBMITTED, RETURNED, true",
        "SUBMITTED, NOT_APPROVED, true",
        "SUBMITTED, FINAL, false",
        "SUBMITTED, DRAFT, false",
        "RETURNED, SUBMITTED, true",
        "RETURNED, NOT_APPROVED, true",
        "RETURNED, APPROVED, false",
        "APPROVED, FINAL, true",
        "APPROVED, RETURNED, false",
        "APPROVED, NOT_APPROVED, false",
        "FINAL, APPROVED, false",
        "NOT_SUBMITTED, SUBMITTED, false",
        "NOT_APPROVED, SUBMITTED, false"
    })
    void theMoves(EvaluationStatus from, EvaluationStatus to, boolean allowed) {
        assertEquals(allowed, from.canMoveTo(to));
    }

    @Test
    void enterSubmitReturnResubmitApproveClose() {
        Evaluation e = evaluation(EvaluationStatus.PENDING);
        e.entered("staff", T0);
        assertEquals(EvaluationStatus.DRAFT, e.status);
        e.submit("staff", T0.plusDays(1));
        assertEquals(1, e.submittedVersion);
        assertTrue(e.wasSubmitted);
        assertTrue(e.concludeReview(1, false, "中", "请补充偏差分析", T0.plusDays(2)));
        assertEquals(EvaluationStatus.RETURNED, e.status);
        assertEquals("review", e.updatedBy);
        e.entered("staff", T0.plusDays(3));
        assertEquals(EvaluationStatus.RETURNED, e.status, "a returned sheet stays RETURNED while it is corrected");
        e.submit("staff", T0.plusDays(4));
        assertFalse(e.concludeReview(1, true, "优", "stale", T0.plusDays(5)));
        assertTrue(e.concludeReview(2, true, "优", "同意", T0.plusDays(5)));
        e.reviewScore(new BigDecimal("95.50"), "复核", "finance", T0.plusDays(6));
        e.close(T0.plusDays(7));
        assertEquals(EvaluationStatus.FINAL, e.status);
        assertEquals(T0.plusDays(7), e.finalizedAt);
    }

    @Test
    void theCloseSaysWhatBecameOfSheetsNeverApproved() {
        Evaluation untouched = evaluation(EvaluationStatus.PENDING);
        untouched.close(T0);
        assertEquals(EvaluationStatus.NOT_SUBMITTED, untouched.status);
        Evaluation underReview = evaluation(EvaluationStatus.PENDING);
        underReview.submit("staff", T0);
        underReview.close(T0);
        assertEquals(EvaluationStatus.NOT_APPROVED, underReview.status);
    }

    @ParameterizedTest(name = "a {0} sheet is neither edited nor submitted")
    @EnumSource(
            value = EvaluationStatus.class,
            names = {"SUBMITTED", "APPROVED", "FINAL", "NOT_SUBMITTED", "NOT_APPROVED"})
    void lockedSheets(EvaluationStatus status) {
        assertEquals(
                409,
                assertThrows(ProblemException.class, () -> evaluation(status).entered("staff", T0))
                        .problem()
                        .status());
        assertEquals(
                409,
                assertThrows(ProblemException.class, () -> evaluation(status).submit("staff", T0))
                        .problem()
                        .status());
    }

    @ParameterizedTest(name = "a {0} sheet gets no reviewer's score")
    @EnumSource(
            value = EvaluationStatus.class,
            names = {"PENDING", "DRAFT", "RETURNED", "FINAL"})
    void scoresAreReviewedOnlyUnderReview(EvaluationStatus status) {
        assertThrows(ProblemException.class, () -> evaluation(status).reviewScore(BigDecimal.TEN, "x", "r", T0));
    }

    @Test
    void aClosedYearIsNotClosedAgain() {
        Evaluation e = evaluation(EvaluationStatus.FINAL);
        assertThrows(IllegalStateException.class, () -> e.close(T0));
    }

    private static Evaluation evaluation(EvaluationStatus status) {
        Evaluation e = new Evaluation();
        e.id = UUID.randomUUID();
        e.status = status;
        if (status == EvaluationStatus.SUBMITTED || status == EvaluationStatus.APPROVED) {
            e.submittedVersion = 1;
            e.wasSubmitted = true;
        }
        return e;
    }
}
