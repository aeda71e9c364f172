package io.jixiao.indicator.target;

import io.jixiao.platform.security.Roles;
import io.jixiao.rules.target.TargetParser;
import io.jixiao.rules.target.TargetValue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/targets/parse")
@Tag(name = "target values", description = "目标值: how the system reads a target as written")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.FINANCE_REVIEWER, Roles.DEPT_REVIEWER, Roles.UNIT_STAFF})
public class TargetParseResource {
    private final TargetParser parser = new TargetParser();

    @POST
    @Operation(
            operationId = "parseTargetValue",
            summary = "Read a target value: comparator, number, unit, direction, and what had to be guessed",
            description =
                    "The text is kept exactly as written. Accepts ASCII, full-width and word comparators (不低于, 不超过…), "
                            + "magnitude words (≥1 万 = 10000), percents, ranges (1000-6000元/人), qualitative words and OCR noise "
                            + "(290% → ≥90%, flagged in warnings).")
    public TargetValue parse(@Valid @NotNull(message = "a JSON body is required") ParseRequest request) {
        return parser.parse(request.text(), request.satisfaction());
    }
}
