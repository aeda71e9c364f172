package io.jixiao.indicator.table;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "jixiao.table-reads")
public interface TableReadsConfig {
    /** Target table views kept ready per instance (a 12-indicator table takes about 10 KB). */
    @WithDefault("2000")
    int cachedTables();
}
