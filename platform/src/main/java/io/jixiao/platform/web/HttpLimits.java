package io.jixiao.platform.web;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;

/**
 * Limits on what a client may send to any endpoint of a service. Static-init safe because the REST layer creates its
 * filters (BodySizeLimit) while it deploys; in JVM mode that is still at start-up, so the environment overrides it.
 */
@StaticInitSafe
@ConfigMapping(prefix = "jixiao.http")
public interface HttpLimits {
    /** The largest request body, in bytes, of any content type (JSON, text, .xlsx); more gets a 413. */
    long maxBodyBytes();

    /** The largest file upload (佐证材料: a scanned PDF, photos), in bytes; more gets a 413. */
    long maxUploadBytes();

    /** Paths ending so take file uploads (POST) up to {@link #maxUploadBytes()}; every other body stays small. */
    java.util.List<String> uploadPathSuffixes();
}
