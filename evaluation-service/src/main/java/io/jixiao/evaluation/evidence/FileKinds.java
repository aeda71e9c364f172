package io.jixiao.evaluation.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a file is, by its first bytes and (for Office files) its parts, never by its name alone: a renamed .exe is
 * refused whatever it is called. Evidence (佐证材料) may be PDF, images (JPEG, PNG, GIF, TIFF scans), Word or Excel.
 */
public final class FileKinds {
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOC = "application/msword";
    public static final String XLS = "application/vnd.ms-excel";

    private static final int MAX_ZIP_ENTRIES_LOOKED_AT = 200;

    private FileKinds() {}

    /** The media type of the content, or null when it is none of the accepted kinds. */
    public static String detect(byte[] content, String fileName) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return PDF;
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(content, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (startsWith(content, 'I', 'I', 0x2A, 0x00) || startsWith(content, 'M', 'M', 0x00, 0x2A)) {
            return "image/tiff";
        }
        if (startsWith(content, 'P', 'K', 0x03, 0x04)) {
            return officeOpenXml(content);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return legacyOffice(fileName);
        }
        return null;
    }

    /** A .docx holds word/…, an .xlsx xl/…; any other zip (or one that does not read) is not evidence. */
    private static String officeOpenXml(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int i = 0; i < MAX_ZIP_ENTRIES_LOOKED_AT && (entry = zip.getNextEntry()) != null; i++) {
                if (entry.getName().startsWith("word/")) {
                    return DOCX;
                }
                if (entry.getName().startsWith("xl/")) {
                    return XLSX;
                }
            }
            return null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Word 97 and Excel 97 share one container format: the name tells which of the two it is meant to be. */
    private static String legacyOffice(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".doc")) {
            return DOC;
        }
        return name.endsWith(".xls") ? XLS : null;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        byte[] bytes = new byte[prefix.length];
        for (int i = 0; i < prefix.length; i++) {
            bytes[i] = (byte) prefix[i];
        }
        return startsWith(content, bytes);
    }
}
