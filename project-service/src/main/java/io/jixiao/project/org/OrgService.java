package io.jixiao.project.org;

import io.jixiao.platform.event.OrgEvents;
import io.jixiao.platform.outbox.Outbox;
import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.problem.Violations;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.OrgPath;
import io.jixiao.platform.web.PageResult;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class OrgService {
    public static final String TOPIC = "orgs";

    private final Outbox outbox;

    OrgService(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public OrgView register(OrgInput input) {
        if (Org.findById(input.code()) != null) {
            throw ProblemException.conflict("An organisation with code " + input.code() + " already exists");
        }
        Org parent =
                input.parentCode() == null || input.parentCode().isBlank() ? null : Org.findById(input.parentCode());
        Violations v = new Violations();
        if (input.type().allowedParents().isEmpty()) {
            v.check(
                    input.parentCode() == null || input.parentCode().isBlank(),
                    "parentCode",
                    "a finance bureau has no parent");
        } else if (parent == null) {
            v.add(
                    "parentCode",
                    input.parentCode() == null || input.parentCode().isBlank()
                            ? "is required for a " + input.type()
                            : "no organisation has code " + input.parentCode());
        } else {
            v.check(
                    input.type().allowedParents().contains(parent.type),
                    "parentCode",
                    "a " + input.type() + " cannot be placed under a " + parent.type);
        }
        v.throwIfAny();
        Org org = new Org();
        org.code = input.code();
        org.name = input.name().strip();
        org.type = input.type();
        org.parentCode = parent == null ? null : parent.code;
        org.path = parent == null ? OrgPath.root(org.code) : OrgPath.child(parent.path, org.code);
        org.createdAt = OffsetDateTime.now();
        org.persist();
        OrgView view = OrgView.of(org);
        outbox.publish(
                TOPIC,
                OrgEvents.REGISTERED,
                org.code,
                new OrgEvents.Org(view.code(), view.name(), view.type().name(), view.parentCode(), view.path()));
        return view;
    }

    public PageResult<OrgView> list(Caller caller, OrgType type, String parentCode, int page, int size) {
        StringBuilder q = new StringBuilder("path like :path escape '\\'");
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("path", OrgPath.withinPattern(caller.seesEverything() ? "/" : scopePath(caller)));
        if (type != null) {
            q.append(" and type = :type");
            params.put("type", type);
        }
        if (parentCode != null && !parentCode.isBlank()) {
            q.append(" and parentCode = :parent");
            params.put("parent", parentCode);
        }
        var query = Org.find(q.toString(), Sort.by("path"), params);
        List<OrgView> items = query.page(Page.of(page, size)).<Org>list().stream()
                .map(OrgView::of)
                .toList();
        return new PageResult<>(items, page, size, query.count());
    }

    public OrgView get(Caller caller, String code) {
        return findVisible(caller, code)
                .map(OrgView::of)
                .orElseThrow(() -> ProblemException.notFound("Organisation", code));
    }

    /** The caller's organisation path, or a path that matches nothing when the caller's org is unknown here. */
    public String scopePath(Caller caller) {
        if (caller.seesEverything()) {
            return "/";
        }
        Org own = Org.findById(caller.requireOrgCode());
        return own == null ? "/-none-/" : own.path;
    }

    Optional<Org> findVisible(Caller caller, String code) {
        Org org = Org.findById(code);
        if (org == null || !OrgPath.within(org.path, scopePath(caller))) {
            return Optional.empty();
        }
        return Optional.of(org);
    }
}
