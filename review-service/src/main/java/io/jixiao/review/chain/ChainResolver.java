package io.jixiao.review.chain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Resolves a chain's levels against the organisation tree: each level becomes the nearest organisation of that type at
 * or above the subject's organisation. A level with no such organisation is skipped, so a unit directly under the
 * finance bureau has one stage. Plain Java: the tree comes in as a map of code → type.
 */
public final class ChainResolver {
    private ChainResolver() {}

    /**
     * @param subjectPath the subject's organisation path, "/410100/197001/093001/"
     * @param types       the type of each organisation on that path that is known; unknown ones are inferred:
     *                    the root is a finance bureau, anything between it and the subject a department
     */
    public static List<Stage> resolve(List<StageType> levels, String subjectPath, Map<String, String> types) {
        List<String> codes =
                Arrays.stream(subjectPath.split("/")).filter(s -> !s.isEmpty()).toList();
        List<Stage> stages = new ArrayList<>();
        for (StageType level : levels) {
            for (int i = codes.size() - 1; i >= 0; i--) {
                if (level.name().equals(typeOf(codes, i, types))) {
                    String code = codes.get(i);
                    String path = "/" + String.join("/", codes.subList(0, i + 1)) + "/";
                    if (stages.stream().noneMatch(s -> s.orgCode().equals(code))) {
                        stages.add(new Stage(level, code, path));
                    }
                    break;
                }
            }
        }
        return stages;
    }

    private static String typeOf(List<String> codes, int i, Map<String, String> types) {
        String known = types.get(codes.get(i));
        if (known != null) {
            return known;
        }
        if (i == 0) {
            return "FINANCE_BUREAU";
        }
        return i < codes.size() - 1 ? "DEPARTMENT" : "UNIT";
    }
}
