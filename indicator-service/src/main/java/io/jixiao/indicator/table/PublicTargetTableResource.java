package io.jixiao.indicator.table;

import io.jixiao.platform.web.PageResult;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 信息公开: published target tables, readable without a token. */
@Path("/api/v1/public/target-tables")
@Tag(name = "public", description = "信息公开: what units have published, for everyone")
@PermitAll
public class PublicTargetTableResource {
    private final TargetTableService tables;

    PublicTargetTableResource(TargetTableService tables) {
        this.tables = tables;
    }

    @GET
    @Operation(
            operationId = "listPublishedTargetTables",
            summary = "Published target tables, by fiscal year and organisation",
            description =
                    "信息公开, no token: the tables units have published, with project and unit names, by fiscal year and organisation subtree.")
    public PageResult<PublishedTargetTable.Summary> list(
            @QueryParam("fiscalYear") Integer fiscalYear,
            @QueryParam("orgCode") String orgCode,
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
        return tables.listPublished(fiscalYear, orgCode, page, size);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getPublishedTargetTable",
            summary = "The published version of a target table; it stays while the unit adjusts its targets",
            description =
                    "信息公开, no token: the approved goals and indicators as published; nothing internal (no review status, opinions or logins).")
    public PublishedTargetTable get(@PathParam("id") UUID id) {
        return tables.published(id);
    }
}
