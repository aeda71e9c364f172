package io.jixiao.indicator.framework;

import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import io.jixiao.platform.web.EntityTags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/frameworks")
@Tag(name = "frameworks", description = "指标体系: versioned templates of 一级 → 二级 indicators")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.FINANCE_REVIEWER, Roles.DEPT_REVIEWER, Roles.UNIT_STAFF})
public class FrameworkResource {
    private final FrameworkService frameworks;
    private final Caller caller;

    FrameworkResource(FrameworkService frameworks, Caller caller) {
        this.frameworks = frameworks;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listFrameworks",
            summary = "The newest version of every framework",
            description =
                    "指标体系: the 一级 → 二级 templates target tables are written against (the Ministry of Finance's and each city's), newest version of each. Carries an ETag (If-None-Match answers 304); a new version shows on every replica within jixiao.frameworks.list-cache (2 s).")
    @APIResponse(
            responseCode = "200",
            description = "the newest version of every framework",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = FrameworkView.class)))
    public Response list(
            @Parameter(description = "the ETag of the copy you have") @HeaderParam(HttpHeaders.IF_NONE_MATCH)
                    String ifNoneMatch) {
        FrameworkService.Listing listing = frameworks.listing();
        if (EntityTags.matches(ifNoneMatch, listing.etag())) {
            return Response.notModified()
                    .header(HttpHeaders.ETAG, listing.etag())
                    .build();
        }
        // the bytes serialized once for every reader (the ETag filter leaves an answer that has its own tag)
        return Response.ok(listing.json(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.ETAG, listing.etag())
                .build();
    }

    @GET
    @Path("{code}")
    @Operation(
            operationId = "getFramework",
            summary = "One framework, its newest version unless a version is asked for",
            description =
                    "The framework's 一级 indicators with their 二级 names and default weights; ask for an older version with ?version=.")
    public FrameworkView get(
            @PathParam("code") String code,
            @Parameter(description = "a specific version", example = "1") @QueryParam("version") Integer version) {
        return frameworks.get(code, version);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "addFrameworkVersion",
            summary = "Add a framework (a new city's template) or the next version of one (admin)",
            description =
                    "A new framework, or the next version of an existing code. Versions are immutable: tables keep the version they were written against.")
    @APIResponse(
            responseCode = "201",
            description = "the framework version added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FrameworkView.class)))
    public Response add(@Valid @NotNull(message = "a JSON body is required") FrameworkInput input) {
        return Response.status(Response.Status.CREATED)
                .entity(frameworks.add(input, caller))
                .build();
    }
}
