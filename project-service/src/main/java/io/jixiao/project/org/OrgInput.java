package io.jixiao.project.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new organisation")
public record OrgInput(
        @Schema(description = "the unit code (单位编码) as the finance bureau assigns it", example = "093001")
        @NotBlank(message = "is required")
        @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "must be 1 to 32 letters, digits, - or _")
        String code,

        @Schema(example = "郑州市困难职工帮扶中心")
        @NotBlank(message = "is required")
        @Size(max = 200, message = "must be at most 200 characters")
        String name,

        @Schema(example = "UNIT") @NotNull(message = "is required: FINANCE_BUREAU, DEPARTMENT or UNIT")
        OrgType type,

        @Schema(description = "the parent organisation's code; none for a finance bureau", example = "197001")
        String parentCode) {}
