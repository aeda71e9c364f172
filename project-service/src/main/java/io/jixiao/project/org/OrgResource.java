package io.jixiao.project.org;

import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import io.jixiao.platform.web.PageResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/orgs")
@Tag(name = "organisations", description = "组织机构: finance bureau → departments → units")
public class OrgResource {
    private final OrgService orgs;
    private final Caller caller;

    OrgResource(OrgService orgs, Caller caller) {
        this.orgs = orgs;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.FINANCE_REVIEWER, Roles.DEPT_REVIEWER, Roles.UNIT_STAFF})
    @Operation(
            operationId = "listOrgs",
            summary = "List the organisations of the caller's subtree (all of them for admin and auditor)",
            description =
                    "The organisation tree as the caller may see it: reviewers their subtree, unit staff their own unit.")
    public PageResult<OrgView> list(
            @QueryParam("type") OrgType type,
            @Parameter(description = "only the direct children of this organisation") @QueryParam("parentCode")
                    String parentCode,
            @QueryParam("page")
                    @DefaultValue("0")
                    @Min(value = 0, message = "must be 0 or more")
                    @jakarta.validation.constraints.Max(value = 100_000, message = "must be at most 100000")
                    int page,
            @QueryParam("size")
                    @DefaultValue("50")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 500, message = "must be at most 500")
                    int size) {
        return orgs.list(caller, type, parentCode, page, size);
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.FINANCE_REVIEWER, Roles.DEPT_REVIEWER, Roles.UNIT_STAFF})
    @Operation(
            operationId = "getOrg",
            summary = "One organisation; 404 when it is outside the caller's subtree",
            description = "An organisation with its parent and its path in the tree (/财政局/主管部门/单位/).")
    public OrgView get(@PathParam("code") String code) {
        return orgs.get(caller, code);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "registerOrg",
            summary = "Register an organisation (admin); emits org.registered.v1",
            description =
                    "组织: a finance bureau (财政局), a department (主管部门) under it, or a budget unit (预算单位) under a department. The code is the one the finance bureau assigns; it cannot change later.")
    @APIResponse(
            responseCode = "201",
            description = "registered",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrgView.class)))
    public Response register(@Valid @NotNull(message = "a JSON body is required") OrgInput input) {
        OrgView created = orgs.register(input);
        return Response.status(Response.Status.CREATED)
                .entity(created)
                .location(java.net.URI.create("/api/v1/orgs/" + created.code()))
                .build();
    }
}
