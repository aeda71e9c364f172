package io.jixiao.indicator.framework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new framework, or a new version of an existing code")
public record FrameworkInput(
        @Schema(example = "CHUZHOU-2023")
        @NotBlank(message = "is required")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,40}", message = "must be 2 to 41 capital letters, digits or -")
        String code,

        @Schema(example = "滁州市项目支出绩效指标体系（2023）")
        @NotBlank(message = "is required")
        @Size(max = 200, message = "must be at most 200 characters")
        String name,

        @Schema(example = "财预〔2020〕10号") @Size(max = 200, message = "must be at most 200 characters")
        String basis,

        @NotEmpty(message = "needs at least one 一级指标") @Size(max = 20, message = "must have at most 20 entries")
        List<@Valid Level1> level1) {}
