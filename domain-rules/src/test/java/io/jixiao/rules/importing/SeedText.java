package io.jixiao.rules.importing;

import io.jixiao.seeds.Seeds;

/** Large documents in the seed layouts, made of the seeds' own tables under new names (for the benchmark). */
public final class SeedText {
    public static final DocumentReader READER = Frameworks.READER;

    private SeedText() {}

    /** Seed 003's six project sections repeated until {@code projects}, each project renamed "… (n)". */
    public static String markdownOfProjects(int projects) throws Exception {
        String seed = Seeds.read("003_7e8bd65db7a2ce18.txt");
        int first = seed.indexOf("## 1.");
        String head = seed.substring(0, first);
        String body = seed.substring(first);
        StringBuilder out = new StringBuilder(head);
        for (int round = 0; out.length() < Integer.MAX_VALUE && round * 6 < projects; round++) {
            int n = round;
            out.append(body.replaceAll("(#+\\s*\\d+\\s*[.、]\\s*“)([^”]+)(”)", "$1$2 " + n + "$3")
                            .replaceAll("(?m)^(项目名称\\t+)([^\\t]+)", "$1$2 " + n))
                    .append('\n');
        }
        return out.toString();
    }

    /** Seed 002's two 2021 target tables repeated until {@code tables}. */
    public static String wordOfTables(int tables) throws Exception {
        String seed = Seeds.read("002_ddc626c60baf0fa2.txt");
        String part = seed.substring(seed.indexOf("附件1."));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tables / 2; i++) {
            out.append(part).append("\n\n");
        }
        return out.toString();
    }
}
