package io.jixiao.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** How the relay splits a batch so that no event leaves before the earlier events of its aggregate were acknowledged. */
class RelayWavesTest {
    /** "a1" is the first event of aggregate a; the batch is in commit order. */
    private static List<List<String>> waves(String... batch) {
        return OutboxRelay.waves(List.of(batch), e -> e.substring(0, 1));
    }

    @Test
    void oneEventPerAggregateIsOneWave() {
        assertEquals(List.of(List.of("a1", "b1", "c1")), waves("a1", "b1", "c1"));
    }

    @Test
    void theKthEventOfEachAggregateGoesInTheKthWaveInCommitOrder() {
        assertEquals(
                List.of(List.of("a1", "b1", "c1"), List.of("a2", "b2"), List.of("a3")),
                waves("a1", "b1", "a2", "c1", "a3", "b2"));
    }

    @Test
    void aBurstOfOneAggregateIsOneEventPerWave() {
        assertEquals(List.of(List.of("a1"), List.of("a2"), List.of("a3")), waves("a1", "a2", "a3"));
    }

    @Test
    void anEmptyBatchHasNoWaves() {
        assertEquals(List.of(), OutboxRelay.waves(List.<String>of(), Function.identity()));
    }
}
