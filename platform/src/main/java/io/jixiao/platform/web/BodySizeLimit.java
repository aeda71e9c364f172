package io.jixiao.platform.web;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.jixiao.platform.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses declared bodies above the JSON limit with a problem+json 413 before anything is read.
 * The HTTP layer's own hard limit (quarkus.http.limits.max-body-size) still stops chunked bodies without a length.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {
    private final long maxBytes;

    public BodySizeLimit(@ConfigProperty(name = "jixiao.http.max-body-bytes") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            request.abortWith(Problem.of(413, "Body too large",
                    "The request body has " + request.getLength() + " bytes; at most " + maxBytes + " are accepted")
                    .toResponse());
        }
    }
}
