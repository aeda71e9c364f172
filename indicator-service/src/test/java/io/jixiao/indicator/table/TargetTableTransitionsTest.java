package io.jixiao.indicator.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jixiao.platform.problem.ProblemException;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The moves of a target table, on the entity, without a database: what is allowed, what is refused and how. */
class TargetTableTransitionsTest {
    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-01T09:00:00+08:00");

    @ParameterizedTest(name = "{0} may move to {1}")
    @CsvSource({
        "DRAFT, SUBMITTED",
        "RETURNED, SUBMITTED",
        "ADJUSTING, SUBMITTED",
        "SUBMITTED, APPROVED",
        "SUBMITTED, RETURNED",
        "APPROVED, ADJUSTING",
        "APPROVED, PUBLISHED",
        "PUBLISHED, ADJUSTING"
    })
    void theAllowedMoves(TableStatus from, TableStatus to) {
        assertTrue(from.canMoveTo(to));
    }

    @ParameterizedTest(name = "from {0}, only the listed moves")
    @EnumSource(TableStatus.class)
    void everyOtherMoveIsRefused(TableStatus from) {
        Set<TableStatus> allowed = switch (from) {
            case DRAFT, RETURNED, ADJUSTING -> EnumSet.of(TableStatus.SUBMITTED);
            case SUBMITTED -> EnumSet.of(TableStatus.APPROVED, TableStatus.RETURNED);
            case APPROVED -> EnumSet.of(TableStatus.ADJUSTING, TableStatus.PUBLISHED);
            case PUBLISHED -> EnumSet.of(TableStatus.ADJUSTING);
        };
        for (TableStatus to : TableStatus.values()) {
            assertEquals(allowed.contains(to), from.canMoveTo(to), from + " → " + to);
        }
    }

    @Test
    void submitReturnResubmitApproveAdjust() {
        TargetTable t = table(TableStatus.DRAFT);
        assertFalse(t.submit("staff", T0));
        assertEquals(TableStatus.SUBMITTED, t.status);
        assertEquals(1, t.submittedVersion);
        assertEquals("staff", t.updatedBy);

        assertTrue(t.concludeReview(1, false, "中", "请补充", T0.plusDays(1)));
        assertEquals(TableStatus.RETURNED, t.status);
        assertEquals("review", t.updatedBy);
        assertEquals("请补充", t.lastOpinion);

        assertFalse(t.submit("staff", T0.plusDays(2)));
        assertEquals(2, t.submittedVersion);
        assertFalse(t.concludeReview(1, true, "优", "stale", T0.plusDays(3)), "an outcome about version 1 is stale");
        assertEquals(TableStatus.SUBMITTED, t.status);
        assertTrue(t.concludeReview(2, true, "优", "同意", T0.plusDays(3)));
        assertFalse(t.concludeReview(2, true, "优", "同意", T0.plusDays(3)), "a repeated outcome changes nothing");
        assertEquals(TableStatus.APPROVED, t.status);
        assertEquals(2, t.approvedVersion);

        t.publish("staff", T0.plusDays(4));
        assertEquals(2, t.publishedVersion);
        t.startAdjustment("staff", T0.plusDays(5));
        assertEquals(TableStatus.ADJUSTING, t.status);
        assertTrue(t.submit("staff", T0.plusDays(6)), "an adjustment round");
        assertEquals(2, t.publishedVersion, "the public keeps reading the approved version while it is adjusted");
    }

    @ParameterizedTest(name = "a {0} table is not submitted")
    @EnumSource(
            value = TableStatus.class,
            names = {"SUBMITTED", "APPROVED", "PUBLISHED"})
    void onlyEditableTablesAreSubmitted(TableStatus status) {
        TargetTable t = table(status);
        ProblemException refused = assertThrows(ProblemException.class, () -> t.submit("staff", T0));
        assertEquals(409, refused.problem().status());
        assertEquals(status, t.status, "nothing changed");
    }

    @ParameterizedTest(name = "a {0} table is not edited")
    @EnumSource(
            value = TableStatus.class,
            names = {"SUBMITTED", "APPROVED", "PUBLISHED"})
    void lockedTablesAreNotEdited(TableStatus status) {
        ProblemException refused =
                assertThrows(ProblemException.class, () -> table(status).edited("staff", T0));
        assertEquals(409, refused.problem().status());
    }

    @ParameterizedTest(name = "a {0} table is neither published nor adjusted")
    @EnumSource(
            value = TableStatus.class,
            names = {"DRAFT", "SUBMITTED", "RETURNED", "ADJUSTING"})
    void onlyApprovedTargetsArePublishedOrAdjusted(TableStatus status) {
        assertThrows(ProblemException.class, () -> table(status).publish("staff", T0));
        assertThrows(ProblemException.class, () -> table(status).startAdjustment("staff", T0));
    }

    @Test
    void historyIsApprovedVersionOneByTheAdminWhoImportedIt() {
        TargetTable t = table(TableStatus.DRAFT);
        t.createdAt = T0;
        t.approvedBeforeThisSystem("admin", "导入");
        assertEquals(TableStatus.APPROVED, t.status);
        assertEquals(1, t.submittedVersion);
        assertEquals(1, t.approvedVersion);
        assertEquals("admin", t.updatedBy);
    }

    private static TargetTable table(TableStatus status) {
        TargetTable t = new TargetTable();
        t.id = UUID.randomUUID();
        t.status = status;
        if (status == TableStatus.SUBMITTED || status == TableStatus.APPROVED || status == TableStatus.PUBLISHED) {
            t.submittedVersion = 1;
            t.approvedVersion = status == TableStatus.SUBMITTED ? null : 1;
        }
        return t;
    }
}
