package io.jixiao.review.webhook;

import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.OrgPath;
import io.jixiao.review.org.OrgCopy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Subscriptions (订阅) of finance bureaus and admins. A subscription belongs to an organisation and receives only the
 * events of that organisation's subtree; a bureau manages its own, an admin any.
 */
@ApplicationScoped
public class WebhookService {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookConfig config;

    WebhookService(WebhookConfig config) {
        this.config = config;
    }

    @Transactional
    public SubscriptionView create(SubscriptionInput in, Caller caller) {
        check(in);
        OrgCopy org = owner(in.orgCode(), caller);
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.orgCode = org == null ? null : org.code;
        s.orgPath = org == null ? "/" : org.path;
        apply(s, in);
        s.secret = newSecret();
        s.createdAt = OffsetDateTime.now();
        s.createdBy = caller.name();
        s.updatedAt = s.createdAt;
        s.persist();
        return SubscriptionView.of(s, true);
    }

    public List<SubscriptionView> list(Caller caller) {
        return WebhookSubscription.<WebhookSubscription>list(
                        "orgPath like ?1 escape '\\' order by createdAt", OrgPath.withinPattern(scopePath(caller)))
                .stream()
                .map(s -> SubscriptionView.of(s, false))
                .toList();
    }

    public SubscriptionView get(UUID id, Caller caller) {
        return SubscriptionView.of(visible(id, caller), false);
    }

    @Transactional
    public SubscriptionView update(UUID id, SubscriptionInput in, Caller caller) {
        check(in);
        WebhookSubscription s = visible(id, caller);
        apply(s, in);
        if (s.enabled) {
            s.disabledReason = null;
            s.failingSince = null;
        }
        s.updatedAt = OffsetDateTime.now();
        return SubscriptionView.of(s, false);
    }

    @Transactional
    public void delete(UUID id, Caller caller) {
        visible(id, caller).delete();
    }

    /** A new secret; the old one keeps signing beside it for the overlap, so the receiver can switch without a gap. */
    @Transactional
    public SubscriptionView rotate(UUID id, Caller caller) {
        WebhookSubscription s = visible(id, caller);
        s.previousSecret = s.secret;
        s.previousSecretUntil = OffsetDateTime.now().plus(config.secretOverlap());
        s.secret = newSecret();
        s.updatedAt = OffsetDateTime.now();
        return SubscriptionView.of(s, true);
    }

    WebhookSubscription visible(UUID id, Caller caller) {
        WebhookSubscription s = WebhookSubscription.findById(id);
        if (s == null || !OrgPath.within(s.orgPath, scopePath(caller))) {
            throw ProblemException.notFound("Webhook subscription", id);
        }
        return s;
    }

    private void apply(WebhookSubscription s, SubscriptionInput in) {
        s.url = in.url().strip();
        s.description = in.description();
        s.eventTypes = in.eventTypes().stream().map(String::strip).distinct().toArray(String[]::new);
        s.enabled = in.enabled() == null || in.enabled();
    }

    private void check(SubscriptionInput in) {
        String urlProblem = Endpoints.problem(in.url(), config);
        if (urlProblem != null) {
            throw ProblemException.invalid("url", urlProblem);
        }
        for (int i = 0; i < in.eventTypes().size(); i++) {
            if (!EventCatalogue.known(in.eventTypes().get(i).strip())) {
                throw ProblemException.invalid(
                        "eventTypes[" + i + "]", "is not an event type; see GET /api/v1/webhooks/event-types");
            }
        }
    }

    /** The organisation a new subscription belongs to: a bureau's own (or one below it); for an admin, any or all. */
    private OrgCopy owner(String requested, Caller caller) {
        String code = requested == null || requested.isBlank()
                ? (caller.isAdmin() ? null : caller.requireOrgCode())
                : requested.strip();
        if (code == null) {
            return null;
        }
        OrgCopy org = OrgCopy.findById(code);
        if (org == null) {
            throw ProblemException.invalid("orgCode", "no organisation has code " + code);
        }
        if (!OrgPath.within(org.path, scopePath(caller))) {
            throw ProblemException.forbidden("A finance bureau subscribes for its own region only");
        }
        return org;
    }

    private String scopePath(Caller caller) {
        if (caller.isAdmin()) {
            return "/";
        }
        OrgCopy own = OrgCopy.findById(caller.requireOrgCode());
        if (own == null) {
            throw ProblemException.forbidden("Organisation " + caller.orgCode() + " is not known here yet");
        }
        return own.path;
    }

    static String newSecret() {
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
