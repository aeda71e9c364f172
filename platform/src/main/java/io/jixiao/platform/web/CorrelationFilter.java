package io.jixiao.platform.web;

import io.jixiao.platform.event.Correlation;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/** Every request works under a correlation id: the caller's X-Correlation-Id, or a new one; the answer echoes it. */
@Provider
@PreMatching
public class CorrelationFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String PROPERTY = CorrelationFilter.class.getName();

    @Override
    public void filter(ContainerRequestContext request) {
        String id = Correlation.adoptOrCreate(request.getHeaderString(Correlation.HTTP_HEADER));
        request.setProperty(PROPERTY, id);
        Correlation.set(id);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        if (id != null) {
            response.getHeaders().putSingle(Correlation.HTTP_HEADER, id);
        }
        Correlation.set(null);
    }
}
