package io.jixiao.rules.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jixiao.seeds.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which reader and framework a document gets, and what happens to text that is no table at all. */
class DocumentReaderTest {

    @ParameterizedTest
    @CsvSource({
        "000_78034fcf50cd8c00.txt, ZHENGZHOU-2019, 1",
        "001_41acb383c9bbda87.txt, ZHENGZHOU-2019, 2",
        "002_ddc626c60baf0fa2.txt, MOF-2020, 2",
        "003_7e8bd65db7a2ce18.txt, MOF-2020, 12"
    })
    void eachSeedFindsItsLayoutAndFramework(String seed, String framework, int tables) throws Exception {
        ImportResult r = Frameworks.READER.read(Seeds.read(seed));
        assertEquals(tables, r.tables().size());
        r.tables().forEach(t -> assertEquals(framework, t.framework()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"这不是一张表。\n只是一段话。", "   \n\n  ", "\t\n\t\n", "# 标题\n\n正文", "PK\u0003\u0004\u0000\u0001binary"})
    void textThatIsNoTableGivesNothingAndSaysSo(String text) {
        ImportResult r = Frameworks.READER.read(text);
        assertTrue(r.isEmpty());
        assertTrue(!r.warnings().isEmpty());
    }

    @Test
    void noiseDoesNotBreakTheReaders() {
        StringBuilder noise = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 200_000; i++) {
            noise.append(
                    (char) (random.nextBoolean() ? '\t' : random.nextBoolean() ? '\n' : 0x4e00 + random.nextInt(500)));
        }
        ImportResult r = Frameworks.READER.read(noise.toString());
        assertTrue(r.isEmpty(), "noise holds no table: " + r.tables().size());
        assertTrue(!r.warnings().isEmpty());
    }

    @Test
    void anExplicitFrameworkWins() throws Exception {
        ImportResult r = Frameworks.READER.read(Seeds.read("003_7e8bd65db7a2ce18.txt"), "MOF-2021");
        assertEquals("MOF-2021", r.tables().get(0).framework());
    }
}
