package io.jixiao.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * An ETag on every JSON answer to a GET that does not set its own (the target table read sets one from its stamp):
 * a digest of the body as sent, so it is strong and the same on every replica. A matching {@code If-None-Match}
 * answers 304 without a body. The body is written once: the filter hands the serialized bytes on.
 */
@Provider
@Priority(Priorities.USER) // response filters run from the highest priority down: this one last
public class EntityTags implements ContainerResponseFilter {
    private final ObjectMapper json;

    public EntityTags(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod())
                || response.getStatus() != 200
                || !response.hasEntity()
                || response.getHeaders().containsKey(HttpHeaders.ETAG)
                || !isJson(response)) {
            return;
        }
        byte[] body = serialize(json, response.getEntity());
        String tag = of(body);
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
        } else {
            MediaType type = response.getMediaType() != null
                    ? response.getMediaType()
                    : MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");
            response.setEntity(body, response.getEntityAnnotations(), type);
        }
    }

    /** A JSON body: declared so, or a Java object the JSON writer will write (the type may not be chosen yet here). */
    private static boolean isJson(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity instanceof byte[]
                || entity instanceof CharSequence
                || entity instanceof java.io.InputStream
                || entity instanceof jakarta.ws.rs.core.StreamingOutput
                || entity instanceof java.io.File) {
            return false;
        }
        MediaType type = response.getMediaType();
        return type == null || MediaType.APPLICATION_JSON_TYPE.isCompatible(type);
    }

    /** The tag of a representation: the first 96 bits of its SHA-256, quoted. */
    public static String of(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 12))
                    + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** The tag of a view, as {@link #filter} would send it. */
    static String of(ObjectMapper json, Object view) {
        return of(serialize(json, view));
    }

    /** If-None-Match / If-Match: a list of tags, weak or strong, or {@code *}. */
    public static boolean matches(String header, String etag) {
        if (header == null || header.isBlank()) {
            return false;
        }
        for (String tag : header.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] serialize(ObjectMapper json, Object entity) {
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the answer as JSON", e);
        }
    }
}
