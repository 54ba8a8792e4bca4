package co.presencia.intervention;

import co.presencia.spatial.sql.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The processes that run imports and the jobs they leave behind (issue 13 §2). Every owner beats while it lives;
 * an owner is <b>gone</b> when its last heartbeat is older than the staleness limit, when it has no row (it ended,
 * or the job predates owners), or when it ran on this host and its process no longer exists (so a restart after
 * {@code kill -9} finds its jobs at once). A queued or running job of a gone owner is marked
 * {@link ImportStatus#INTERRUPTED} with the reason: an import is one transaction, so nothing of it was stored.
 * Times are the database's clock, the one all instances share.
 */
public final class ImportOwnerRepository {

    private final Database database;

    public ImportOwnerRepository(Database database) {
        this.database = database;
    }

    public void register(ImportOwner owner) {
        database.inTransaction("Registering import owner " + owner.id(), connection -> {
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/insert_owner"))) {
                ps.setString(1, owner.id());
                ps.setString(2, owner.host());
                ps.setLong(3, owner.pid());
                return ps.executeUpdate();
            }
        });
    }

    /** Beats; false when the owner's row is gone (another process found it stale and removed it). */
    public boolean heartbeat(ImportOwner owner) {
        return update("intervention/update_owner_heartbeat", owner.id()) > 0;
    }

    public void remove(ImportOwner owner) {
        update("intervention/delete_owner", owner.id());
    }

    private int update(String sql, String id) {
        return database.inTransaction("Import owner " + id, connection -> {
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get(sql))) {
                ps.setString(1, id);
                return ps.executeUpdate();
            }
        });
    }

    /** The ids of the owners that are not gone. */
    public Set<String> liveOwners(Duration staleAfter) {
        Set<String> live = new HashSet<>();
        owners(staleAfter).forEach((id, alive) -> {
            if (alive) {
                live.add(id);
            }
        });
        return live;
    }

    /** Every owner, by id: whether it is alive. */
    private Map<String, Boolean> owners(Duration staleAfter) {
        return database.read("Reading import owners", connection -> {
            Map<String, Boolean> owners = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/select_owners"));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    owners.put(rs.getString("id"), !gone(rs.getString("host"), rs.getLong("pid"),
                            rs.getTimestamp("heartbeat_at"), rs.getTimestamp("now"), staleAfter));
                }
            }
            return owners;
        });
    }

    /** A queued or running job whose owner is gone. */
    private record Orphan(String jobId, ImportStatus status, String ownerId, String host, long pid, Timestamp heartbeat) {
    }

    /**
     * Marks every queued or running job whose owner is gone as INTERRUPTED (never those of {@code self}), removes
     * the gone owners' rows, and returns the ids of the jobs marked.
     */
    public List<String> interruptOrphans(String self, Duration staleAfter) {
        List<Orphan> orphans = database.read("Finding interrupted imports", connection -> {
            List<Orphan> found = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/select_unfinished_jobs"));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String owner = rs.getString("owner_id");
                    Timestamp beat = rs.getTimestamp("heartbeat_at");
                    boolean known = rs.getString("host") != null;
                    if (!self.equals(owner) && (!known || gone(rs.getString("host"), rs.getLong("pid"), beat,
                            rs.getTimestamp("now"), staleAfter))) {
                        found.add(new Orphan(rs.getString("id"), ImportStatus.valueOf(rs.getString("status")), owner,
                                rs.getString("host"), rs.getLong("pid"), beat));
                    }
                }
            }
            return found;
        });
        List<String> marked = new ArrayList<>();
        for (Orphan orphan : orphans) {
            if (interrupt(orphan)) {
                marked.add(orphan.jobId());
            }
        }
        removeGoneOwners(self, staleAfter);
        return marked;
    }

    private boolean interrupt(Orphan orphan) {
        String who = orphan.host() == null ? "un proceso que ya no existe"
                : "el proceso " + orphan.pid() + " en " + orphan.host() + " (último latido " + orphan.heartbeat().toInstant() + ")";
        String message = orphan.status() == ImportStatus.QUEUED
                ? "La importación no llegó a empezar: " + who + " la tenía en cola y se detuvo. No cambió nada; envíe el"
                + " archivo de nuevo (the process holding the queued job stopped; nothing changed; upload the file again)"
                : "La importación se interrumpió: " + who + " la ejecutaba y se detuvo o dejó de responder antes de"
                + " terminarla. Cada importación es una sola transacción, así que no cambió nada; envíe el archivo de nuevo"
                + " (the process running the import stopped before it ended; nothing changed; upload the file again)";
        return database.inTransaction("Marking import job " + orphan.jobId() + " interrupted", connection -> {
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/interrupt_job"))) {
                ps.setTimestamp(1, Timestamp.from(Instant.now()));
                ps.setString(2, message);
                ps.setString(3, orphan.jobId());
                return ps.executeUpdate() > 0;
            }
        });
    }

    private void removeGoneOwners(String self, Duration staleAfter) {
        owners(staleAfter).forEach((id, alive) -> {
            if (!alive && !id.equals(self)) {
                update("intervention/delete_owner", id);
            }
        });
    }

    private static boolean gone(String host, long pid, Timestamp heartbeat, Timestamp now, Duration staleAfter) {
        if (heartbeat == null || ImportOwner.surelyGone(host, pid)) {
            return true;
        }
        return Duration.between(heartbeat.toInstant(), now.toInstant()).compareTo(staleAfter) > 0;
    }
}
