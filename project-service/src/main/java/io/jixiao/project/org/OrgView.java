package io.jixiao.project.org;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An organisation: finance bureau (财政局), department (主管部门) or unit (预算单位)")
public record OrgView(
        @Schema(example = "093001") String code,
        @Schema(example = "郑州市困难职工帮扶中心") String name,
        @Schema(example = "UNIT") OrgType type,
        @Schema(example = "197001") String parentCode,

        @Schema(description = "codes from the root down to this organisation", example = "/410100/197001/093001/")
        String path) {

    static OrgView of(Org o) {
        return new OrgView(o.code, o.name, o.type, o.parentCode, o.path);
    }
}
