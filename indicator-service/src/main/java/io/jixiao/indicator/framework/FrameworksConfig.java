package io.jixiao.indicator.framework;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "jixiao.frameworks")
public interface FrameworksConfig {
    /**
     * How long a replica answers GET /frameworks from the list it serialized last. A new framework version shows at
     * once on the replica that wrote it and within this time on the others; frameworks change a few times a year.
     */
    @WithDefault("2s")
    Duration listCache();
}
