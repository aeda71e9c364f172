package io.jixiao.rules.importing;

import java.util.List;

/** The three frameworks of docs/domain.md, as the readers get them from indicator-service. */
final class Frameworks {
    static final Levels ZHENGZHOU;
    static final Levels MOF_2020;
    static final Levels MOF_2021;

    static {
        ZHENGZHOU = StandardFrameworks.ZHENGZHOU;
        MOF_2020 = StandardFrameworks.MOF_2020;
        MOF_2021 = StandardFrameworks.MOF_2021;
    }

    static final DocumentReader READER = new DocumentReader(List.of(MOF_2020, MOF_2021, ZHENGZHOU));

    private Frameworks() {}

    /** level1|level2|name|target[|standard] per indicator, the way the tests write the document's rows. */
    static List<String> lines(ImportedTable t) {
        return t.indicators().stream()
                .map(i -> i.line() + (i.standard() != null ? "|" + i.standard() : ""))
                .toList();
    }
}
