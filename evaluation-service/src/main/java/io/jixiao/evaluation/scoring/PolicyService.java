package io.jixiao.evaluation.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.platform.problem.Violations;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.OrgPath;
import io.jixiao.rules.scoring.Band;
import io.jixiao.rules.scoring.ScoringPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** Scoring policies per fiscal year and region; where none is stored the MOF 2020 policy applies. */
@ApplicationScoped
public class PolicyService {
    public static final String ALL_REGIONS = "*";

    private final ObjectMapper json;

    PolicyService(ObjectMapper json) {
        this.json = json;
    }

    /** The policy for an organisation path in a year: its region's (the root of the path), else the year's, else MOF 2020. */
    public ScoringPolicy effective(int fiscalYear, String orgPath) {
        String region = OrgPath.regionCode(orgPath);
        List<StoredPolicy> stored = StoredPolicy.list(
                "key.fiscalYear = ?1 and key.regionCode in ?2",
                fiscalYear,
                region == null ? List.of(ALL_REGIONS) : List.of(ALL_REGIONS, region));
        StoredPolicy chosen = stored.stream()
                .filter(p -> !p.key.regionCode().equals(ALL_REGIONS))
                .findFirst()
                .orElse(stored.isEmpty() ? null : stored.get(0));
        return chosen == null ? ScoringPolicy.mof2020() : read(chosen.policy);
    }

    @Transactional
    public ScoringPolicy set(int fiscalYear, String region, PolicyInput input, Caller caller) {
        String code = region == null || region.isBlank() ? ALL_REGIONS : region.strip();
        ScoringPolicy policy = input.over(ScoringPolicy.mof2020());
        check(policy);
        StoredPolicy p = StoredPolicy.findById(new StoredPolicy.Key(fiscalYear, code));
        if (p == null) {
            p = new StoredPolicy();
            p.key = new StoredPolicy.Key(fiscalYear, code);
        }
        p.policy = write(policy);
        p.updatedAt = OffsetDateTime.now();
        p.updatedBy = caller.name();
        p.persist();
        return policy;
    }

    /** Budget weight and 一级 weights make 100; bands lie within 0–100 %; grade thresholds fall from 优 to 中. */
    public static void check(ScoringPolicy p) {
        Violations v = new Violations();
        BigDecimal sum = p.level1Weights().values().stream().reduce(p.budgetWeight(), BigDecimal::add);
        v.check(
                sum.compareTo(BigDecimal.valueOf(100)) == 0,
                "level1Weights",
                "budgetWeight and the 一级 weights add up to "
                        + sum.stripTrailingZeros().toPlainString() + ", not 100");
        for (var e : p.bands().entrySet()) {
            Band b = e.getValue();
            v.check(
                    b.lowPercent().signum() >= 0
                            && b.lowPercent().compareTo(b.highPercent()) <= 0
                            && b.highPercent().compareTo(BigDecimal.valueOf(100)) <= 0,
                    "bands." + e.getKey(),
                    "must run from a low to a high percent within 0–100");
        }
        v.check(
                p.excellent().compareTo(p.good()) > 0 && p.good().compareTo(p.pass()) > 0,
                "excellent",
                "grade thresholds must fall: excellent > good > pass");
        v.check(
                p.poorCutPercent().compareTo(p.fairCutPercent()) >= 0,
                "poorCutPercent",
                "a 差 project's cut must be at least a 中 project's ("
                        + p.fairCutPercent().toPlainString() + " %)");
        v.throwIfAny();
    }

    ScoringPolicy read(String text) {
        try {
            return json.readValue(text, ScoringPolicy.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored scoring policy is unreadable", e);
        }
    }

    private String write(ScoringPolicy p) {
        try {
            return json.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
