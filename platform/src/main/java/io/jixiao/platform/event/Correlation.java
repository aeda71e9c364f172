package io.jixiao.platform.event;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * One correlation id follows a piece of work through every service: the HTTP request that started it (X-Correlation-Id,
 * or a new one), the outbox row and the event it becomes ({@code ce_correlationid}), every consumer that applies it and
 * every event those publish in turn. It lives in the logging MDC, so every log line of the work carries it.
 */
public final class Correlation {
    public static final String MDC_KEY = "correlationId";
    public static final String HTTP_HEADER = "X-Correlation-Id";
    /** A CloudEvents extension attribute, in Kafka binary mode. */
    public static final String EVENT_HEADER = "ce_correlationid";

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private Correlation() {}

    /** The id of the work this thread is doing, or null outside any. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    /** A caller's id when it is a sensible one (no injection into logs), else a new one. */
    public static String adoptOrCreate(String given) {
        return given != null && ACCEPTED.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
    }

    public static void set(String id) {
        if (id == null) {
            MDC.remove(MDC_KEY);
        } else {
            MDC.put(MDC_KEY, id);
        }
    }
}
