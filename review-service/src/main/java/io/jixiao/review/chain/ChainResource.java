package io.jixiao.review.chain;

import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/review-chains")
@Tag(name = "review chains", description = "审核链: which levels review which subjects")
public class ChainResource {
    private final ChainService chains;
    private final Caller caller;

    ChainResource(ChainService chains, Caller caller) {
        this.chains = chains;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.FINANCE_REVIEWER, Roles.DEPT_REVIEWER, Roles.UNIT_STAFF})
    @Operation(
            operationId = "listReviewChains",
            summary = "Every configured chain; the one without orgCode is the default",
            description =
                    "The configured chains; an orgCode chain applies to that organisation's subtree, the one without to everything else.")
    public List<ChainView> list() {
        return chains.list();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "setReviewChain",
            summary = "Set the chain of a subject type, for everything or for one organisation's subtree (admin)",
            description =
                    "审核链: which levels review a subject type (TARGET_TABLE, ADJUSTMENT, EVALUATION, MONITORING): the department (主管部门), then the finance bureau (财政局), or one of them. Applies to submissions made after the change.")
    public ChainView set(@Valid @NotNull(message = "a JSON body is required") ChainInput input) {
        return chains.set(input, caller);
    }
}
