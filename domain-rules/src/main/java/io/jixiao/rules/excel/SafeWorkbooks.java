package io.jixiao.rules.excel;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The one way an uploaded workbook is opened. POI's defaults let a few MB of zip inflate a hundredfold into gigabytes
 * of XML (a zip bomb); the forms we read are a few hundred KB of XML at most. So: only .xlsx (OOXML; a legacy .xls is
 * refused with a reason), no part above {@link #MAX_PART_BYTES} once inflated, and no part inflating more than 1:20.
 */
public final class SafeWorkbooks {
    /** The largest XML part a real form yields is well under 1 MB; 16 MB leaves room and bounds the DOM built from it. */
    public static final long MAX_PART_BYTES = 16L * 1024 * 1024;

    private static final double MIN_INFLATE_RATIO = 0.05;

    static {
        limits();
    }

    private SafeWorkbooks() {}

    /** Puts POI's zip-bomb limits in force (process-wide, idempotent): called before any OOXML file is opened. */
    public static void limits() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    /** The refusal for an OOXML file POI could not open: a zip bomb in words, or "cannot be read as" the format. */
    public static Refused refusal(Exception e, String what, String format) {
        if (e instanceof Refused refused) {
            return refused;
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("Zip bomb") || message.contains("exceeds the max")) {
            return new Refused(
                    "the " + what + " inflates far beyond any real form (more than " + MAX_PART_BYTES / 1024 / 1024
                            + " MB or more than 20 times its packed size) and is refused",
                    e);
        }
        return new Refused("the " + what + " cannot be read as " + format, e);
    }

    /**
     * What to tell the person who uploaded a file that could not be read: our own reason for what {@link #open}
     * refused, a plain sentence otherwise (POI's internal messages say nothing to a user and are not echoed).
     */
    public static String problem(Exception e) {
        if (e instanceof Refused) {
            return "is refused: " + e.getMessage();
        }
        return "is not a workbook in the official layout (an .xlsx as the export writes it)";
    }

    /** A file {@link #open} refuses, with the reason in words. */
    public static final class Refused extends IOException {
        public Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** @throws IOException with a message a person can act on, for a file that is no .xlsx or is built to explode */
    public static Workbook open(InputStream raw) throws IOException {
        InputStream in = FileMagic.prepareToCheckMagic(raw);
        FileMagic magic = FileMagic.valueOf(in);
        if (magic != FileMagic.OOXML) {
            throw new Refused(
                    magic == FileMagic.OLE2
                            ? "this is a legacy .xls workbook: save it as .xlsx and send that"
                            : "the file is not an .xlsx workbook",
                    null);
        }
        try {
            return new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            throw refusal(e, "workbook", ".xlsx");
        }
    }
}
