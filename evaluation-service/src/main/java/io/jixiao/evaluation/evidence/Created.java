package io.jixiao.evaluation.evidence;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/** 201 with the stored file's record and where it lives, for every upload endpoint. */
final class Created {
    /** The fileName parameter's description, shared by the upload endpoints. */
    static final String FILE_NAME = "the file's name as the unit knows it, e.g. 困难证明.pdf";

    private Created() {}

    static Response of(EvidenceView v) {
        return Response.created(URI.create("/api/v1/evidence/" + v.id()))
                .entity(v)
                .build();
    }
}
