package io.jixiao.indicator.table;

import io.agroal.api.AgroalDataSource;
import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.web.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The read of one target table, the most frequent request there is (every screen that shows a table, every poll).
 * Building the view costs two entity queries, a project lookup and the parse of every target; the view only changes
 * when the table's revision or its project copy's version does. So a read asks PostgreSQL one primary-key question
 * for that stamp (which also gives the organisation path for the visibility check) and serves the view built for it,
 * or answers 304 when the client already has it (ETag = the stamp). Every replica asks the database, so a change made
 * through another replica is seen on the next read; the cache only saves work.
 */
@ApplicationScoped
public class TableReads {
    private static final String STAMP = "SELECT t.revision, t.org_path, COALESCE(p.version, -1) FROM target_table t"
            + " LEFT JOIN project_copy p ON p.id = t.project_id WHERE t.id = ?";

    private final AgroalDataSource db;
    private final TargetTableService tables;
    private final int capacity;
    private final Map<UUID, Built> built = new ConcurrentHashMap<>();

    /** {@code view} is null when the client's copy is current (304). */
    public record Read(String etag, TargetTableView view) {}

    private record Stamp(String etag, String orgPath) {}

    private record Built(String etag, TargetTableView view) {}

    TableReads(AgroalDataSource db, TargetTableService tables, TableReadsConfig config) {
        this.db = db;
        this.tables = tables;
        this.capacity = config.cachedTables();
    }

    public Read get(UUID id, Caller caller, String ifNoneMatch) {
        Stamp stamp = stamp(id);
        if (stamp == null || !TargetTableService.visible(stamp.orgPath(), caller)) {
            throw ProblemException.notFound("Target table", id);
        }
        if (EntityTags.matches(ifNoneMatch, stamp.etag())) {
            return new Read(stamp.etag(), null);
        }
        Built b = built.get(id);
        if (b == null || !b.etag().equals(stamp.etag())) {
            // read after the stamp: the view is at least as new as the tag it is kept under, never older
            b = new Built(stamp.etag(), tables.get(id, caller));
            keep(id, b);
        }
        return new Read(b.etag(), b.view());
    }

    private void keep(UUID id, Built b) {
        if (built.size() >= capacity) {
            // no recency bookkeeping on the read path: drop an arbitrary tenth; a dropped table is rebuilt once
            Iterator<UUID> it = built.keySet().iterator();
            for (int i = 0; i < Math.max(1, capacity / 10) && it.hasNext(); i++) {
                it.next();
                it.remove();
            }
        }
        built.put(id, b);
    }

    private Stamp stamp(UUID id) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(STAMP)) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Stamp("\"" + rs.getInt(1) + "." + rs.getInt(3) + "\"", rs.getString(2)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the stamp of target table " + id, e);
        }
    }
}
