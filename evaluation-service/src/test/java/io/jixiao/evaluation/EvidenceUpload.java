package io.jixiao.evaluation;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;

/** Uploads a file as a unit's browser does: the bytes as the body, the name as a parameter. */
final class EvidenceUpload {
    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private EvidenceUpload() {}

    static ValidatableResponse file(String token, String owner, String fileName, byte[] content) {
        return given().auth()
                .oauth2(token)
                .contentType("application/octet-stream")
                .queryParam("fileName", fileName)
                .body(content)
                .post("/api/v1/" + owner + "/evidence")
                .then();
    }

    static ValidatableResponse pdf(String token, String owner, String fileName) {
        return file(token, owner, fileName, PDF);
    }
}
