package io.jixiao.rules.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jixiao.rules.importing.DisclosureList;
import io.jixiao.rules.importing.SeedTables;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** Seed 002's 拟公开绩效目标项目统计表, exported to .xlsx and read back, is the same list. */
class DisclosureWorkbookTest {

    @Test
    void seed002ListRoundTrips() throws Exception {
        DisclosureList list = SeedTables.disclosures().get(0);
        DisclosureList back = DisclosureWorkbook.read(new ByteArrayInputStream(DisclosureWorkbook.write(list)));
        assertEquals(list, back);
        assertEquals(2, back.rows().size());
        assertEquals("马祥来", back.rows().get(0).leader());
    }
}
