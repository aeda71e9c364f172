package io.jixiao.platform.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/**
 * Paging a client can follow without reading the body: {@code X-Total-Count} and a {@code Link} to the next page
 * (RFC 8288), the same facts as the page's {@code total} and {@code nextPage}.
 */
@Provider
@Priority(Priorities.USER + 100) // before EntityTags, which hands the written body on
public class PagingHeaders implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof PageResult<?> page)) {
            return;
        }
        response.getHeaders().putSingle("X-Total-Count", String.valueOf(page.total()));
        Integer next = page.nextPage();
        if (next != null) {
            URI url = request.getUriInfo()
                    .getRequestUriBuilder()
                    .replaceQueryParam("page", next)
                    .replaceQueryParam("size", page.size())
                    .build();
            response.getHeaders()
                    .putSingle("Link", "<" + url.getRawPath() + "?" + url.getRawQuery() + ">; rel=\"next\"");
        }
    }
}
