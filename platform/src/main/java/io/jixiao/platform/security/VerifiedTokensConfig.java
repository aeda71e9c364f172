package io.jixiao.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "jixiao.verified-tokens")
public interface VerifiedTokensConfig {
    /**
     * How long a bearer token whose signature and claims were verified is taken again without verifying it, never
     * past its own {@code exp}. 0 turns the cache off. It also bounds how long a token signed with a key the issuer has
     * since withdrawn is still taken.
     */
    @WithDefault("60s")
    Duration maxAge();

    /** Tokens remembered at most; when full, the cache starts over. */
    @WithDefault("10000")
    int maxSize();
}
