package io.jixiao.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.platform.problem.Problem;
import io.jixiao.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * {@code If-Match} on a change: the client names the version it read (the ETag of the GET) and gets 412 when the
 * resource has changed since, instead of overwriting someone else's edit. Without the header the change goes ahead as
 * before (the {@code revision} fields and row versions still refuse a lost update with 409).
 */
@ApplicationScoped
public class Preconditions {
    private final ObjectMapper json;

    Preconditions(ObjectMapper json) {
        this.json = json;
    }

    /** Checks If-Match against the tag the GET of {@code current} would send. */
    public void ifMatch(String ifMatch, Supplier<?> current) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            ifMatchTag(ifMatch, () -> EntityTags.of(json, current.get()));
        }
    }

    /** Checks If-Match against a tag the resource computes itself (the target table's stamp). */
    public void ifMatchTag(String ifMatch, Supplier<String> currentTag) {
        if (ifMatch != null && !ifMatch.isBlank() && !EntityTags.matches(ifMatch, currentTag.get())) {
            throw new ProblemException(Problem.of(
                    412,
                    "Precondition failed",
                    "it changed since the version in If-Match (" + ifMatch.strip() + "): read it again, then retry"));
        }
    }
}
