package io.jixiao.platform.web;

import io.jixiao.platform.problem.ProblemException;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A document sent to an import: text (pasted, any published layout), the official .xlsx, a Word .docx or a PDF with a
 * text layer, told apart by its Content-Type, so one operation takes all four. Text is decoded with the charset the request names (UTF-8 by
 * default) and refused when it is a binary file sent as text.
 */
public final class Uploads {
    public enum Kind {
        TEXT,
        XLSX,
        DOCX,
        PDF
    }

    /** A PDF with a text layer, as units print their forms. */
    public static final String PDF = "application/pdf";

    private Uploads() {}

    /** Every Content-Type an import consumes. */
    public static final String[] TYPES = {MediaType.TEXT_PLAIN, Downloads.XLSX, Downloads.DOCX, PDF};

    public static Kind kind(MediaType contentType) {
        MediaType type = contentType == null ? MediaType.TEXT_PLAIN_TYPE : contentType;
        if (type.isCompatible(MediaType.valueOf(Downloads.XLSX))) {
            return Kind.XLSX;
        }
        if (type.isCompatible(MediaType.valueOf(PDF))) {
            return Kind.PDF;
        }
        return type.isCompatible(MediaType.valueOf(Downloads.DOCX)) ? Kind.DOCX : Kind.TEXT;
    }

    /** The body, required: {@code what} names what to send ("the text of a target table"). */
    public static byte[] required(byte[] body, String what) {
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("body", "is empty: send " + what + ", an .xlsx, a .docx or a PDF");
        }
        return body;
    }

    /** 400 for a file that is refused (not a PDF, protected by a password, …), with the reason. */
    public static ProblemException refused(String reason) {
        return ProblemException.invalid("body", "is refused: " + reason);
    }

    /** 422 for a PDF without a text layer (a scan): well formed, but there is nothing to read in it. */
    public static ProblemException noTextLayer(String reason) {
        return new ProblemException(new io.jixiao.platform.problem.Problem(
                "https://jixiao.io/problems/no-text-layer", "No text layer", 422, reason, java.util.List.of()));
    }

    /** The body as text, in the charset of its Content-Type; a binary file sent as text is refused with a hint. */
    public static String text(byte[] body, MediaType contentType, String what) {
        String charset =
                contentType == null ? null : contentType.getParameters().get(MediaType.CHARSET_PARAMETER);
        String text = new String(body, charset == null ? StandardCharsets.UTF_8 : charsetOf(charset));
        if (text.isBlank()) {
            throw ProblemException.invalid("body", "is empty: paste " + what);
        }
        if (text.indexOf('\u0000') >= 0 || text.startsWith("PK\u0003\u0004")) {
            throw ProblemException.invalid(
                    "body",
                    "is binary, not text: upload an .xlsx with Content-Type " + Downloads.XLSX + " or a .docx with "
                            + Downloads.DOCX + " instead");
        }
        return text;
    }

    private static Charset charsetOf(String name) {
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            throw ProblemException.invalid("Content-Type", "names the charset " + name + ", which is not known");
        }
    }
}
