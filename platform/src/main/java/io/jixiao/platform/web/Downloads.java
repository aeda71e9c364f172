package io.jixiao.platform.web;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Files people download and open in Excel: the media type, and a Chinese file name that survives every browser. */
public final class Downloads {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** A Word document (.docx), as units have their filled-in forms. */
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private Downloads() {}

    /** 200 with the workbook as an attachment named {@code fileName} (RFC 5987 encoding, so 自评表.xlsx stays readable). */
    public static Response xlsx(byte[] workbook, String fileName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(workbook, XLSX)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .build();
    }
}
