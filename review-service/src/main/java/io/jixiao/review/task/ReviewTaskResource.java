package io.jixiao.review.task;

import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import io.jixiao.platform.web.PageResult;
import io.jixiao.platform.web.Preconditions;
import io.jixiao.review.chain.SubjectType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "reviews", description = "审核: review tasks, decisions and the audit trail")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.FINANCE_REVIEWER, Roles.DEPT_REVIEWER, Roles.UNIT_STAFF})
public class ReviewTaskResource {
    private final ReviewService reviews;
    private final Preconditions preconditions;
    private final Caller caller;

    ReviewTaskResource(ReviewService reviews, Caller caller, Preconditions preconditions) {

        this.preconditions = preconditions;
        this.reviews = reviews;
        this.caller = caller;
    }

    @GET
    @Path("review-tasks")
    @Operation(
            operationId = "listReviewTasks",
            summary =
                    "Review tasks of the caller's subtree (to decide, or about the caller's own subjects), newest first",
            description =
                    "审核任务: filter by status (PENDING, DECIDED…), subject type and subject id. Reviewers see the tasks of their level in their subtree; unit staff see those about their own subjects.")
    public PageResult<TaskSummary> list(
            @QueryParam("status") TaskStatus status,
            @QueryParam("subjectType") SubjectType subjectType,
            @QueryParam("subjectId") UUID subjectId,
            @Parameter(description = "tasks decided by this organisation or about its subtree") @QueryParam("orgCode")
                    String orgCode,
            @Parameter(description = "true: only pending tasks past their due date") @QueryParam("overdue")
                    Boolean overdue,
            @QueryParam("page")
                    @DefaultValue("0")
                    @Min(value = 0, message = "must be 0 or more")
                    @jakarta.validation.constraints.Max(value = 100_000, message = "must be at most 100000")
                    int page,
            @QueryParam("size")
                    @DefaultValue("20")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 200, message = "must be at most 200")
                    int size) {
        return reviews.list(caller, status, subjectType, subjectId, orgCode, overdue, page, size);
    }

    @GET
    @Path("review-tasks/{id}")
    @Operation(
            operationId = "getReviewTask",
            summary = "One task with the submitted subject and what changed since its previous version",
            description =
                    "The task with the subject as submitted (the whole table or self-evaluation) and what changed since the version reviewed before.")
    public TaskView get(@PathParam("id") UUID id) {
        return reviews.get(id, caller);
    }

    @POST
    @Path("review-tasks/{id}/decision")
    @RolesAllowed({Roles.ADMIN, Roles.DEPT_REVIEWER, Roles.FINANCE_REVIEWER})
    @Operation(
            operationId = "decideReviewTask",
            summary = "Approve (优/良) or return (中/差, with an opinion). One decision per task: a second one answers 409",
            description =
                    "审核意见: APPROVE with grade 优 or 良, or RETURN with grade 中 or 差 and an opinion. The last level's approval approves the subject; a return sends it back to the unit.")
    public TaskView decide(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") DecisionInput input,
            @Parameter(description = "the ETag you read; 412 when it changed since") @HeaderParam("If-Match")
                    String ifMatch) {
        preconditions.ifMatch(ifMatch, () -> reviews.get(id, caller));
        return reviews.decide(id, input, caller);
    }

    @GET
    @Path("reviews")
    @Operation(
            operationId = "listReviews",
            summary = "Every review round of a subject with every decision and opinion (the audit trail)",
            description =
                    "审核记录: every round of a subject with every decision, grade, opinion, reviewer and time: the audit trail.")
    public List<ReviewRound> history(@QueryParam("subjectId") @NotNull(message = "is required") UUID subjectId) {
        return reviews.history(subjectId, caller);
    }
}
