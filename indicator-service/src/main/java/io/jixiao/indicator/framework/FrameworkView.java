package io.jixiao.indicator.framework;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An indicator framework (指标体系), one version of it")
public record FrameworkView(
        @Schema(example = "MOF-2020") String code,
        @Schema(example = "1") int version,
        @Schema(example = "财政部项目支出绩效评价指标体系（2020）") String name,
        @Schema(example = "财预〔2020〕10号") String basis,
        List<Level1> level1) {

    static FrameworkView of(Framework f) {
        return new FrameworkView(f.key.code(), f.key.version(), f.name, f.basis, f.level1);
    }
}
