package io.jixiao.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
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
        long total) {

    /** The next page's number, or null on the last page. */
    @JsonProperty("nextPage")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "the next page's number; absent on the last page", example = "1")
    public Integer nextPage() {
        return (long) (page + 1) * size < total ? page + 1 : null;
    }
}
