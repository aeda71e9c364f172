package io.jixiao.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.GroupType;
import org.junit.jupiter.api.Test;

/**
 * The services' consumer groups use the broker-driven protocol (KIP-848): when a replica starts or stops, only the
 * partitions that change hands move, and the other members keep consuming. With the classic protocol every join or leave
 * stopped every consumer of the service's group for a rebalance, and one instance's start cascaded over its channels.
 */
class ConsumerGroupsTest {
    static final List<String> GROUPS = List.of(
            "project-service", "indicator-service", "review-service", "review-service-webhooks", "evaluation-service");

    @Test
    void everyServiceGroupIsABrokerDrivenConsumerGroup() {
        Stack stack = Stack.get();
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        try (Admin admin = Admin.create(props)) {
            Map<String, ConsumerGroupDescription> groups = Actors.await("every group with its members", 60, () -> {
                try {
                    var found = admin.describeConsumerGroups(GROUPS).all().get(10, TimeUnit.SECONDS);
                    return found.values().stream().allMatch(g -> !g.members().isEmpty()) ? found : null;
                } catch (Exception e) {
                    return null; // a group not created yet
                }
            });
            for (String group : GROUPS) {
                assertEquals(GroupType.CONSUMER, groups.get(group).type(), group + "'s protocol");
            }
        }
    }
}
