package io.jixiao.evaluation.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.platform.validation.Money;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 受益情况: who a fund reached, as a disclosure statement reports it ("省财政给予困难职工帮扶670000元，共帮扶了433人，
 * 人均1550元"). The per-person amount is kept as published: a standard rate, not always amount ÷ people.
 */
@Schema(description = "People a fund helped (受益情况), per government level")
public record Beneficiary(
        @NotNull(message = "is required: OWN_LEVEL (本级财政) or UPPER_LEVEL (上级补助)")
        FundLevel fundLevel,

        @Schema(description = "what the money did", example = "困难职工帮扶")
        @Size(max = 200, message = "must be at most 200 characters")
        String purpose,

        @Schema(description = "人数", example = "433")
        @NotNull(message = "is required")
        @Min(value = 0, message = "must not be negative")
        @Max(value = 100_000_000, message = "must be at most 100000000")
        Integer people,

        @Schema(description = "资金, 元", example = "670000.00") @NotNull(message = "is required") @Money
        BigDecimal amount,

        @Schema(description = "人均, 元, as published; computed from amount and people when left out", example = "1550")
        @Money
        BigDecimal perPerson) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The per-person amount as published, or amount ÷ people to the fen. */
    public Beneficiary completed() {
        if (perPerson != null || people == null || people == 0 || amount == null) {
            return this;
        }
        return new Beneficiary(
                fundLevel, purpose, people, amount, amount.divide(BigDecimal.valueOf(people), 2, RoundingMode.HALF_UP));
    }

    static String toJson(List<Beneficiary> list) {
        try {
            return list == null || list.isEmpty() ? null : JSON.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Beneficiary> fromJson(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<Beneficiary>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored beneficiaries do not read: " + e.getOriginalMessage(), e);
        }
    }
}
