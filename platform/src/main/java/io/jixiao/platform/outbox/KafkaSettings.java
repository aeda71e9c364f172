package io.jixiao.platform.outbox;

import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.eclipse.microprofile.config.Config;

/**
 * The relay's producer reads Kafka the way the SmallRye channels do: every {@code kafka.*} setting of the service
 * (bootstrap servers, TLS, SASL, client id, compression, ...) applies to it too, so one place configures Kafka for a
 * service. What the outbox's guarantees rest on is fixed here and cannot be configured away: acks from all replicas, an
 * idempotent producer, and short blocking so a broker outage costs one short wait per batch, not one per event.
 */
final class KafkaSettings {
    private static final String PREFIX = "kafka.";

    private KafkaSettings() {}

    static Properties producer(Config config, String applicationName, long deliveryTimeoutMs) {
        Properties props = new Properties();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(PREFIX) && name.length() > PREFIX.length()) {
                config.getOptionalValue(name, String.class)
                        .ifPresent(v -> props.put(name.substring(PREFIX.length()), v));
            }
        }
        String clientId = props.getProperty(ProducerConfig.CLIENT_ID_CONFIG, applicationName);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + "-outbox");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        props.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "0");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(deliveryTimeoutMs));
        props.putIfAbsent(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "2000");
        // consumer-side and connector-only keys that a producer would warn about are left out
        props.remove("auto.offset.reset");
        props.remove("group.id");
        props.remove("health-enabled");
        return props;
    }
}
