package io.jixiao.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The relay's producer takes the service's kafka.* settings, but never gives up acks=all or idempotence. */
class KafkaSettingsTest {
    @Test
    void kafkaSettingsApplyToTheRelayAndItsGuaranteesStay() {
        var config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(
                        Map.of(
                                "kafka.bootstrap.servers", "broker:9093",
                                "kafka.security.protocol", "SASL_SSL",
                                "kafka.sasl.mechanism", "SCRAM-SHA-512",
                                "kafka.compression.type", "lz4",
                                "kafka.client.id", "project-service-7",
                                "kafka.acks", "0",
                                "kafka.enable.idempotence", "false",
                                "kafka.auto.offset.reset", "earliest",
                                "quarkus.http.port", "8081"),
                        "test",
                        100))
                .build();
        Properties p = KafkaSettings.producer(config, "project-service", 15000);
        assertEquals("broker:9093", p.get("bootstrap.servers"));
        assertEquals("SASL_SSL", p.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", p.get("sasl.mechanism"));
        assertEquals("lz4", p.get("compression.type"));
        assertEquals("project-service-7-outbox", p.get("client.id"));
        assertEquals("all", p.get("acks"));
        assertEquals("true", p.get("enable.idempotence"));
        assertEquals("15000", p.get("delivery.timeout.ms"));
        assertFalse(p.containsKey("auto.offset.reset"));
        assertFalse(p.containsKey("port"));
    }
}
