package co.presencia.cluster;

import co.presencia.spatial.sql.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The failed sign-ins of every instance on one store, keyed by client or user ({@code sign_in_failure}): the sign-in
 * throttle of several instances counts here, so a client cannot multiply its guesses by the number of instances
 * behind the balancer. An attempt is recorded under its own id before its password is checked, and that one row is
 * removed again when the attempt is refused or succeeds. A key is stored as its SHA-256 in hex, so any text is a key
 * (however long, whatever characters: a NUL, which PostgreSQL refuses in text, included) and no client-sent name is
 * kept. Each call is one short statement on its own connection (autocommit), so a row is visible to every instance
 * before its caller counts.
 */
public final class SignInFailures {

    private final Database database;

    public SignInFailures(Database database) {
        this.database = database;
    }

    /** Records a failure of {@code key} at {@code at}, by attempt {@code attempt} (one row per attempt and key). */
    public void record(String attempt, String key, Instant at) {
        database.inTransaction("Recording a sign-in attempt", connection -> {
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("cluster/insert_sign_in_failure"))) {
                ps.setString(1, attempt);
                ps.setString(2, stored(key));
                ps.setTimestamp(3, Timestamp.from(at));
                return ps.executeUpdate();
            }
        });
    }

    /** How many failures of {@code key} lie after {@code after}. */
    public int count(String key, Instant after) {
        return database.read("Counting failed sign-ins", connection -> {
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("cluster/count_sign_in_failures"))) {
                ps.setString(1, stored(key));
                ps.setTimestamp(2, Timestamp.from(after));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /** The times of {@code key}'s failures after {@code after}, newest first, at most {@code most}. */
    public List<Instant> after(String key, Instant after, int most) {
        return database.read("Reading failed sign-ins", connection -> {
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("cluster/select_sign_in_failures"))) {
                ps.setString(1, stored(key));
                ps.setTimestamp(2, Timestamp.from(after));
                ps.setInt(3, most);
                List<Instant> times = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        times.add(rs.getTimestamp(1).toInstant());
                    }
                }
                return List.copyOf(times);
            }
        });
    }

    /** Forgets the failure that attempt {@code attempt} recorded for {@code key} (it was refused, or it succeeded). */
    public void remove(String attempt, String key) {
        update("cluster/delete_sign_in_attempt", attempt, stored(key));
    }

    /** Forgets every failure of {@code key} (after a successful sign-in). */
    public void clear(String key) {
        update("cluster/delete_sign_in_failures", stored(key));
    }

    /** Forgets the failures at or before {@code before}: they left every window. */
    public void forgetBefore(Instant before) {
        update("cluster/delete_old_sign_in_failures", Timestamp.from(before));
    }

    /** The key as stored: the SHA-256 of its UTF-8 bytes, 64 hex digits. */
    static String stored(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private void update(String statement, Object... values) {
        database.inTransaction("Forgetting failed sign-ins", connection -> {
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get(statement))) {
                for (int i = 0; i < values.length; i++) {
                    ps.setObject(i + 1, values[i]);
                }
                return ps.executeUpdate();
            }
        });
    }
}
