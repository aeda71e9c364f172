package io.jixiao.indicator.framework;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.problem.Violations;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.web.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

@ApplicationScoped
public class FrameworkService {
    /**
     * A framework version never changes once written (a change is a new version), so every replica may keep the ones
     * it has read: a table's view needs its framework on every read, and this saves that query.
     */
    private final Map<Framework.Key, FrameworkView> versions = new ConcurrentHashMap<>();
    /** The list as sent, serialized once and kept for {@link FrameworksConfig#listCache()}: no query, no JSON per read. */
    private final AtomicReference<Listing> listing = new AtomicReference<>();

    private final ObjectMapper json;
    private final long listCacheNanos;

    FrameworkService(ObjectMapper json, FrameworksConfig config) {
        this.json = json;
        this.listCacheNanos = config.listCache().toNanos();
    }

    /** The newest versions as JSON, with their ETag, until {@code expiresAt} (System.nanoTime). */
    public record Listing(byte[] json, String etag, long expiresAt) {}

    public Listing listing() {
        Listing known = listing.get();
        long now = System.nanoTime();
        if (known != null && now - known.expiresAt() < 0) {
            return known;
        }
        byte[] body;
        try {
            body = json.writeValueAsBytes(latest());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Listing fresh = new Listing(body, EntityTags.of(body), now + listCacheNanos);
        listing.set(fresh);
        return fresh;
    }

    /**
     * The newest version of every framework: one small query for the newest version numbers (the primary key's index
     * answers it), the versions themselves from those this replica has read already.
     */
    public List<FrameworkView> latest() {
        return Framework.getEntityManager()
                .createQuery(
                        "select f.key.code, max(f.key.version) from Framework f group by f.key.code order by f.key.code",
                        Object[].class)
                .getResultList() // whole, before get() may query for a version not read yet
                .stream()
                .map(row -> get((String) row[0], (Integer) row[1]))
                .toList();
    }

    public FrameworkView get(String code, Integer version) {
        FrameworkView known = version == null ? null : versions.get(new Framework.Key(code, version));
        if (known != null) {
            return known;
        }
        Framework f = version == null
                ? Framework.find("key.code = ?1 order by key.version desc", code)
                        .firstResult()
                : Framework.findById(new Framework.Key(code, version));
        if (f == null) {
            throw ProblemException.notFound("Framework", version == null ? code : code + " version " + version);
        }
        FrameworkView view = FrameworkView.of(f);
        versions.putIfAbsent(f.key, view); // written by add() in an earlier transaction: read here, so committed
        return view;
    }

    /** Adds a framework, or the next version of an existing code; earlier versions stay as they were. */
    @Transactional
    public FrameworkView add(FrameworkInput input, Caller caller) {
        check(input);
        Integer current = Framework.find("select max(key.version) from Framework where key.code = ?1", input.code())
                .project(Integer.class)
                .firstResult();
        Framework f = new Framework();
        f.key = new Framework.Key(input.code(), current == null ? 1 : current + 1);
        f.name = input.name().strip();
        f.basis = input.basis();
        f.level1 = input.level1();
        f.createdAt = OffsetDateTime.now();
        f.createdBy = caller.name();
        f.persist();
        listing.set(null); // this replica lists the new version at once; the others after their list cache
        return FrameworkView.of(f);
    }

    private static void check(FrameworkInput input) {
        Violations v = new Violations();
        Set<String> names = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < input.level1().size(); i++) {
            Level1 l = input.level1().get(i);
            v.check(names.add(l.name().strip()), "level1[" + i + "].name", "appears twice: " + l.name());
            v.check(
                    new HashSet<>(l.level2()).size() == l.level2().size(),
                    "level1[" + i + "].level2",
                    "has a 二级指标 twice");
            total = total.add(Objects.requireNonNullElse(l.defaultWeight(), BigDecimal.ZERO));
        }
        v.check(
                total.compareTo(new BigDecimal(100)) <= 0,
                "level1",
                "default weights add up to " + total + ", more than 100");
        v.throwIfAny();
    }
}
