package io.jixiao.rules.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 一级 → 二级 names of one framework, and the lookups the readers need: which 一级 owns a 二级, and which name a
 * token means when OCR changed one character of it (投入智理 → 投入管理, 数批 → 数量).
 */
public final class Levels {
    private final String code;
    private final Map<String, List<String>> tree;
    private final List<String> allNames;

    public Levels(String code, Map<String, List<String>> tree) {
        this.code = code;
        this.tree = new LinkedHashMap<>(tree);
        // the content reader asks for these for every cell it reads: sorted once
        this.allNames = java.util.stream.Stream.concat(
                        tree.keySet().stream(), tree.values().stream().flatMap(List::stream))
                .distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    public String code() {
        return code;
    }

    public Map<String, List<String>> tree() {
        return java.util.Collections.unmodifiableMap(tree);
    }

    /** Every 一级 and 二级 name, longest first, so that 社会效益指标 is found before 效益指标. */
    public List<String> allNames() {
        return allNames;
    }

    public boolean isLevel1(String name) {
        return tree.containsKey(name);
    }

    public boolean isLevel2(String name) {
        return ownerOf(name) != null;
    }

    /** The 一级 a 二级 name belongs to, or null. */
    public String ownerOf(String level2) {
        for (Map.Entry<String, List<String>> e : tree.entrySet()) {
            if (e.getValue().contains(level2)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The 一级 name a token means, exactly or with one character misread. */
    public Optional<String> level1Like(String token) {
        return near(token, tree.keySet());
    }

    /** The 二级 name a token means, exactly or with one character misread. */
    public Optional<String> level2Like(String token) {
        return near(token, tree.values().stream().flatMap(List::stream).toList());
    }

    private static Optional<String> near(String token, java.util.Collection<String> names) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String t = token.strip();
        if (names.contains(t)) {
            return Optional.of(t);
        }
        List<String> close = names.stream().filter(n -> oneCharOff(n, t)).toList();
        return close.size() == 1 ? Optional.of(close.get(0)) : Optional.empty();
    }

    /** Same length, exactly one character different: what OCR does to a printed name. */
    private static boolean oneCharOff(String a, String b) {
        if (a.length() != b.length() || a.length() < 2) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i) && ++diff > 1) {
                return false;
            }
        }
        return diff == 1;
    }
}
