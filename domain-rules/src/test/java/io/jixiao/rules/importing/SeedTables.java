package io.jixiao.rules.importing;

import io.jixiao.seeds.Seeds;
import java.util.ArrayList;
import java.util.List;

/** Every target table of the four seeds, read by the importer (for tests in other packages). */
public final class SeedTables {
    private SeedTables() {}

    public static List<ImportedTable> all() throws Exception {
        List<ImportedTable> out = new ArrayList<>();
        for (String seed : List.of(
                "000_78034fcf50cd8c00.txt",
                "001_41acb383c9bbda87.txt",
                "002_ddc626c60baf0fa2.txt",
                "003_7e8bd65db7a2ce18.txt")) {
            out.addAll(Frameworks.READER.read(Seeds.read(seed)).tables());
        }
        return out;
    }

    /** The self-evaluation sheets of the seeds (seed 002's two). */
    public static List<ImportedEvaluation> evaluations() throws Exception {
        return Frameworks.READER.read(Seeds.read("002_ddc626c60baf0fa2.txt")).evaluations();
    }

    /** The 拟公开 lists of the seeds (seed 002's one). */
    public static List<DisclosureList> disclosures() throws Exception {
        return Frameworks.READER.read(Seeds.read("002_ddc626c60baf0fa2.txt")).disclosures();
    }
}
