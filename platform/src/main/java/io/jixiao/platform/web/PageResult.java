package io.jixiao.platform.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list answer; {@code total} counts every match, not just this page. */
@Schema(description = "A page of results")
public record PageResult<T>(
        @Schema(description = "the items of this page") List<T> items,

        @Schema(description = "page number, from 0", example = "0")
        int page,

        @Schema(description = "page size", example = "20") int size,

        @Schema(description = "number of matches over all pages", example = "42")
        long total) {}
