package io.jixiao.project.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a unit registers or changes: the header plus the year, the owner and the cost breakdown. */
@Schema(description = "A project to register (POST) or its new state (PUT)")
public class ProjectInput extends ProjectHeader {
    @NotNull(message = "is required")
    @Schema(description = "预算年度; it must exist and be OPEN", example = "2019", required = true)
    public Integer fiscalYear;

    @Size(max = 32, message = "must be at most 32 characters")
    @Schema(
            description = "owning organisation; unit staff may omit it (their own org), an admin must give it",
            example = "093001")
    public String orgCode;

    @Size(max = 200, message = "must be at most 200 characters")
    @Schema(
            description =
                    "the caller's own reference; registering the same reference again answers 409 with the existing id",
            example = "seed-000")
    public String sourceRef;

    @Size(max = 500, message = "must have at most 500 lines")
    @Schema(description = "成本构成")
    public List<@Valid @NotNull(message = "must not be null") CostItem> costItems;

    @Schema(description = "on PUT: the version you read; a newer one on the server answers 409", example = "0")
    public Integer version;
}
