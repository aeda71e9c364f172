package io.jixiao.rules.scoring;

import io.jixiao.rules.target.TargetParser;
import io.jixiao.rules.target.TargetValue;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Target and actual values as the parser reads them, remembered: a year's sheets repeat the same few texts ("100%",
 * "≥95%", "按时完成") thousands of times, and closing a year scores them all. Parsing is pure, so a text read once
 * reads the same ever after. Bounded: past {@link #LIMIT} texts the memory starts afresh. Thread-safe. Plain Java.
 */
final class ParsedValues {
    static final int LIMIT = 20_000;

    private final TargetParser parser = new TargetParser();
    private final Map<String, TargetValue> plain = new ConcurrentHashMap<>();
    private final Map<String, TargetValue> asPercent = new ConcurrentHashMap<>();

    /** @param satisfaction a 满意度 (or percent) reading, where a bare "95" means 95 % */
    TargetValue parse(String text, boolean satisfaction) {
        if (text == null) {
            return parser.parse(null, satisfaction);
        }
        Map<String, TargetValue> memory = satisfaction ? asPercent : plain;
        TargetValue known = memory.get(text);
        if (known != null) {
            return known;
        }
        if (memory.size() >= LIMIT) {
            memory.clear();
        }
        TargetValue read = parser.parse(text, satisfaction);
        memory.put(text, read);
        return read;
    }
}
