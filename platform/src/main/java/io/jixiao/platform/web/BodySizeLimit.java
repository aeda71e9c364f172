package io.jixiao.platform.web;

import io.jixiao.platform.problem.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * One body limit for every content type, JSON, text and .xlsx alike: a declared length above it gets a problem+json
 * 413 before anything is read, and a body without a length (Transfer-Encoding: chunked) is counted while it is read
 * and stopped with the same 413 at the limit, so no parser ever sees more than the limit.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {
    private final HttpLimits limits;

    public BodySizeLimit(HttpLimits limits) {
        this.limits = limits;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        long maxBytes = limitOf(request);
        if (request.getLength() > maxBytes) {
            request.abortWith(tooLarge(request.getLength() + " bytes", maxBytes).getResponse());
        } else if (request.getLength() < 0 && request.hasEntity()) {
            request.setEntityStream(new Counted(request.getEntityStream(), maxBytes));
        }
    }

    /** File uploads may be large; everything else is a form or a document and stays under the body limit. */
    private long limitOf(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        boolean upload = "POST".equals(request.getMethod())
                && limits.uploadPathSuffixes().stream().anyMatch(path::endsWith);
        return upload ? limits.maxUploadBytes() : limits.maxBodyBytes();
    }

    private static WebApplicationException tooLarge(String size, long maxBytes) {
        return new WebApplicationException(Problem.of(
                        413,
                        "Body too large",
                        "The request body has " + size + "; at most " + maxBytes + " bytes are accepted")
                .toResponse());
    }

    /** Counts what the reader takes and stops at the limit. */
    private static final class Counted extends FilterInputStream {
        private final long maxBytes;
        private long read;

        Counted(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > maxBytes) {
                throw tooLarge("more than " + maxBytes + " bytes (sent without a length)", maxBytes);
            }
        }
    }
}
