package io.jixiao.evaluation.evidence;

import java.util.UUID;

/**
 * Where evidence files live. PostgreSQL by default ({@link DatabaseEvidenceStore}), so the local stack needs nothing
 * more; an object store can take its place behind this interface. Calls run inside the caller's transaction where the
 * store supports one, so a file and its record are written (and removed) together.
 */
public interface EvidenceStore {
    void put(UUID id, byte[] content);

    /** The content, or null when none is stored under the id. */
    byte[] get(UUID id);

    void delete(UUID id);
}
