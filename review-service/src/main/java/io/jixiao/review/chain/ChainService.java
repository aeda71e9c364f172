package io.jixiao.review.chain;

import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.security.Caller;
import io.jixiao.review.org.OrgCopy;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ChainService {

    public List<ChainView> list() {
        return ReviewChain.<ReviewChain>listAll(Sort.by("subjectType").and("orgCode")).stream()
                .map(ChainView::of)
                .toList();
    }

    /** Sets the chain of a subject type for everything or for one subtree; later submissions follow it. */
    @Transactional
    public ChainView set(ChainInput in, Caller caller) {
        String org = in.orgCode() == null || in.orgCode().isBlank()
                ? null
                : in.orgCode().strip();
        if (org != null && OrgCopy.findById(org) == null) {
            throw ProblemException.invalid("orgCode", "no organisation has code " + org);
        }
        if (in.stages().stream().distinct().count() < in.stages().size()) {
            throw ProblemException.invalid("stages", "names a level twice");
        }
        ReviewChain chain = org == null
                ? ReviewChain.find("subjectType = ?1 and orgCode is null", in.subjectType())
                        .firstResult()
                : ReviewChain.find("subjectType = ?1 and orgCode = ?2", in.subjectType(), org)
                        .firstResult();
        if (chain == null) {
            chain = new ReviewChain();
            chain.id = UUID.randomUUID();
            chain.subjectType = in.subjectType();
            chain.orgCode = org;
        }
        chain.stages = List.copyOf(in.stages());
        chain.updatedAt = OffsetDateTime.now();
        chain.updatedBy = caller.name();
        chain.persist();
        return ChainView.of(chain);
    }

    /** The stages a subject of this organisation goes through: the most specific chain along its path wins. */
    public List<Stage> stagesFor(SubjectType type, String subjectPath) {
        List<String> codes =
                Arrays.stream(subjectPath.split("/")).filter(s -> !s.isEmpty()).toList();
        List<ReviewChain> chains = ReviewChain.list("subjectType = ?1", type);
        ReviewChain chosen = null;
        int depth = -1;
        for (ReviewChain c : chains) {
            int at = c.orgCode == null ? 0 : codes.indexOf(c.orgCode) + 1;
            if ((c.orgCode == null || at > 0) && at > depth) {
                chosen = c;
                depth = at;
            }
        }
        List<StageType> levels =
                chosen == null ? List.of(StageType.DEPARTMENT, StageType.FINANCE_BUREAU) : chosen.stages;
        Map<String, String> types = new HashMap<>();
        OrgCopy.<OrgCopy>list("code in ?1", codes).forEach(o -> types.put(o.code, o.type));
        return ChainResolver.resolve(levels, subjectPath, types);
    }
}
