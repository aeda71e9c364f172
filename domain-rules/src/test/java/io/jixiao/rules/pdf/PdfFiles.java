package io.jixiao.rules.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * PDFs as units print their forms, made from the seed text: every tab-separated cell drawn at its column, every line on
 * its own baseline, in a CID font whose ToUnicode map gives each code its own character (as Chinese PDFs from Word or
 * WPS carry it), so the text layer reads back exactly. No font file is needed on the machine.
 */
public final class PdfFiles {
    private static final float SIZE = 6;
    private static final float LINE = SIZE * 1.6f;
    private static final int LINES_PER_PAGE = 200;

    private PdfFiles() {}

    /** A PDF of the text, one row per line, cells at their columns. */
    public static byte[] fromTabbedText(String text) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            rows.add(line.split("\t", -1));
        }
        float[] columnX = columns(rows);
        try (PDDocument document = new PDDocument()) {
            COSDictionary font = font(document);
            for (int from = 0; from < rows.size(); from += LINES_PER_PAGE) {
                page(document, font, rows.subList(from, Math.min(rows.size(), from + LINES_PER_PAGE)), columnX);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A page with no text at all, as a scanner makes it (its picture left out: it is never read). */
    public static byte[] scan() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Each column as wide as its longest cell (every character a full em here), plus a gap. */
    private static float[] columns(List<String[]> rows) {
        int count = rows.stream().mapToInt(r -> r.length).max().orElse(1);
        float[] x = new float[count + 1];
        x[0] = 20;
        for (int c = 0; c < count; c++) {
            int widest = 0;
            for (String[] r : rows) {
                widest = Math.max(widest, c < r.length ? r[c].strip().length() : 0);
            }
            x[c + 1] = x[c] + widest * SIZE + 4 * SIZE;
        }
        return x;
    }

    private static void page(PDDocument document, COSDictionary font, List<String[]> rows, float[] columnX)
            throws IOException {
        float width = columnX[columnX.length - 1] + 20;
        float height = rows.size() * LINE + 40;
        PDPage page = new PDPage(new PDRectangle(Math.min(width, 14_000), Math.min(height, 14_000)));
        PDResources resources = new PDResources();
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(COSName.getPDFName("F1"), font);
        resources.getCOSObject().setItem(COSName.FONT, fonts);
        page.setResources(resources);
        PDStream contents = new PDStream(document);
        try (OutputStream out = contents.createOutputStream()) {
            StringBuilder ops = new StringBuilder("BT /F1 " + SIZE + " Tf\n");
            for (int i = 0; i < rows.size(); i++) {
                float y = height - 20 - (i + 1) * LINE;
                String[] cells = rows.get(i);
                for (int c = 0; c < cells.length; c++) {
                    String cell = cells[c].strip();
                    if (!cell.isEmpty()) {
                        ops.append("1 0 0 1 ")
                                .append(columnX[c])
                                .append(' ')
                                .append(y)
                                .append(" Tm <")
                                .append(hex(cell))
                                .append("> Tj\n");
                    }
                }
            }
            out.write(ops.append("ET\n").toString().getBytes(StandardCharsets.US_ASCII));
        }
        page.setContents(contents);
        document.addPage(page);
    }

    /** The cell as 2-byte codes: each the UTF-16 unit of its character (Identity-H). */
    private static String hex(String text) {
        StringBuilder h = new StringBuilder();
        for (char c : text.toCharArray()) {
            h.append(String.format("%04X", (int) c));
        }
        return h.toString();
    }

    /** A Type0 font (Identity-H) over a non-embedded CID font, with a ToUnicode map from each code to itself. */
    private static COSDictionary font(PDDocument document) throws IOException {
        COSDictionary descriptor = new COSDictionary();
        descriptor.setName(COSName.TYPE, "FontDescriptor");
        descriptor.setName(COSName.FONT_NAME, "SimSun");
        descriptor.setInt(COSName.FLAGS, 4);
        COSArray box = new COSArray();
        for (int v : new int[] {0, -140, 1000, 860}) {
            box.add(COSInteger.get(v));
        }
        descriptor.setItem(COSName.FONT_BBOX, box);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 860);
        descriptor.setInt(COSName.DESCENT, -140);
        descriptor.setInt(COSName.CAP_HEIGHT, 700);
        descriptor.setInt(COSName.STEM_V, 80);

        COSDictionary system = new COSDictionary();
        system.setString(COSName.REGISTRY, "Adobe");
        system.setString(COSName.ORDERING, "Identity");
        system.setInt(COSName.SUPPLEMENT, 0);

        COSDictionary cid = new COSDictionary();
        cid.setName(COSName.TYPE, "Font");
        cid.setName(COSName.SUBTYPE, "CIDFontType2");
        cid.setName(COSName.BASE_FONT, "SimSun");
        cid.setItem(COSName.CIDSYSTEMINFO, system);
        cid.setItem(COSName.FONT_DESC, descriptor);
        cid.setInt(COSName.DW, 1000);
        COSArray descendants = new COSArray();
        descendants.add(cid);

        COSDictionary font = new COSDictionary();
        font.setName(COSName.TYPE, "Font");
        font.setName(COSName.SUBTYPE, "Type0");
        font.setName(COSName.BASE_FONT, "SimSun");
        font.setName(COSName.ENCODING, "Identity-H");
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        font.setItem(COSName.TO_UNICODE, toUnicode(document));
        return font;
    }

    private static COSStream toUnicode(PDDocument document) throws IOException {
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (int block = 0; block < 256; block += 100) {
            int n = Math.min(100, 256 - block);
            cmap.append(n).append(" beginbfrange\n");
            for (int hi = block; hi < block + n; hi++) {
                cmap.append(String.format("<%02X00> <%02XFF> <%02X00>%n", hi, hi, hi));
            }
            cmap.append("endbfrange\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream()) {
            out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }
}
