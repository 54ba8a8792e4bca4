package co.presencia.cluster;

import co.presencia.spatial.sql.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The failed sign-ins of every instance on one store, keyed by client or user ({@code sign_in_failure}): the sign-in
 * throttle of several instances counts here, so a client cannot multiply its guesses by the number of instances
 * behind the balancer. Each call is one short statement on its own connection.
 */
public final class SignInFailures {

    private final Database database;

    public SignInFailures(Database database) {
        this.database = database;
    }

    /** Records a failure of {@code key} at {@code at}. */
    public void record(String key, Instant at) {
        database.inTransaction("Recording a failed sign-in", connection -> {
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("cluster/insert_sign_in_failure"))) {
                ps.setString(1, key);
                ps.setTimestamp(2, Timestamp.from(at));
                return ps.executeUpdate();
            }
        });
    }

    /** The times of {@code key}'s failures after {@code after}, newest first, at most {@code most}. */
    public List<Instant> after(String key, Instant after, int most) {
        return database.read("Reading failed sign-ins", connection -> {
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("cluster/select_sign_in_failures"))) {
                ps.setString(1, key);
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

    /** Forgets every failure of {@code key} (after a successful sign-in). */
    public void clear(String key) {
        update("cluster/delete_sign_in_failures", key, null);
    }

    /** Forgets the failures at or before {@code before}: they left every window. */
    public void forgetBefore(Instant before) {
        update("cluster/delete_old_sign_in_failures", null, before);
    }

    private void update(String statement, String key, Instant time) {
        database.inTransaction("Forgetting failed sign-ins", connection -> {
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get(statement))) {
                if (key != null) {
                    ps.setString(1, key);
                } else {
                    ps.setTimestamp(1, Timestamp.from(time));
                }
                return ps.executeUpdate();
            }
        });
    }
}
