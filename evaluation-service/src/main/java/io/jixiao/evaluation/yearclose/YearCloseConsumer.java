package io.jixiao.evaluation.yearclose;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.platform.consumer.EventConsumer;
import io.jixiao.platform.consumer.Intake;
import io.jixiao.platform.event.EventData;
import io.jixiao.platform.event.FiscalYearEvents;
import io.jixiao.platform.event.IncomingEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** fiscal-year.closed.v1 (年度关闭) starts the year's close job, once per event. */
@ApplicationScoped
public class YearCloseConsumer implements EventConsumer {
    static final String CONSUMER = "evaluation.year-close";
    private static final Set<String> TYPES = Set.of(FiscalYearEvents.CLOSED);

    private final Intake intake;
    private final ObjectMapper json;
    private final YearCloseService closes;

    YearCloseConsumer(Intake intake, ObjectMapper json, YearCloseService closes) {
        this.intake = intake;
        this.json = json;
        this.closes = closes;
    }

    @Incoming("fiscal-years")
    @Blocking // ordered
    public void onFiscalYear(ConsumerRecord<String, String> record) {
        intake.take(record, this);
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public Set<String> types() {
        return TYPES;
    }

    @Override
    public void apply(IncomingEvent event) {
        closes.start(EventData.contract(json, event, FiscalYearEvents.Closed.class));
    }
}
