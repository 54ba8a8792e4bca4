package co.presencia.intervention;

import co.presencia.spatial.sql.Database;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A database whose JDBC calls fail on demand, for the orders of failure of an import (issue 13 §1): a fault names a
 * call ({@code commit}, or a statement method such as {@code executeBatch} with a fragment of its SQL), which
 * occurrence fails, and whether the call goes through first (a commit that reports failure but happened).
 */
public final class FaultyDatabase {

    /**
     * A planned failure: the {@code occurrence}-th call of {@code method} on a statement whose SQL contains
     * {@code sqlFragment}, or (for {@code commit}) on a connection that prepared such a statement.
     */
    private record Fault(String method, String sqlFragment, int occurrence, boolean afterCall, AtomicInteger seen,
                         Error error) {
        boolean hits(String calledMethod, String sql, List<String> preparedOnConnection) {
            boolean where = sqlFragment == null || sql != null && sql.contains(sqlFragment)
                    || sql == null && preparedOnConnection.stream().anyMatch(p -> p.contains(sqlFragment));
            return calledMethod.equals(method) && where && seen.incrementAndGet() == occurrence;
        }
    }

    private final Database real;
    private final List<Fault> faults = new CopyOnWriteArrayList<>();

    public FaultyDatabase(Database real) {
        this.real = real;
    }

    /** The database to hand to the code under test. */
    public Database database() {
        DataSource source = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = call(real.dataSource(), method, args);
                    return result instanceof Connection c ? connection(c) : result;
                });
        return Database.of(source, real.dialect());
    }

    /** Fails the {@code occurrence}-th call of {@code method} (on a statement whose SQL contains {@code sql}). */
    public FaultyDatabase fail(String method, String sql, int occurrence) {
        faults.add(new Fault(method, sql, occurrence, false, new AtomicInteger(), null));
        return this;
    }

    /** Lets the {@code occurrence}-th call of {@code method} happen, then reports it failed. */
    public FaultyDatabase failAfter(String method, String sql, int occurrence) {
        faults.add(new Fault(method, sql, occurrence, true, new AtomicInteger(), null));
        return this;
    }

    /** Throws {@code error} (e.g. an OutOfMemoryError) from the {@code occurrence}-th call instead of running it. */
    public FaultyDatabase error(String method, String sql, int occurrence, Error error) {
        faults.add(new Fault(method, sql, occurrence, false, new AtomicInteger(), error));
        return this;
    }

    private Connection connection(Connection c) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                handler(c, null, new CopyOnWriteArrayList<>()));
    }

    private InvocationHandler handler(Object target, String sql, List<String> prepared) {
        return (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("unwrap") || name.equals("isWrapperFor")) {
                return call(target, method, args);
            }
            if (name.equals("prepareStatement")) {
                prepared.add((String) args[0]);
            }
            // Every fault counts the call (no short cut at the first hit): fail(…, 1).fail(…, 2) fails two calls.
            List<Fault> hit = faults.stream().filter(f -> f.hits(name, sql, prepared)).toList();
            Fault fault = hit.isEmpty() ? null : hit.get(0);
            if (fault != null && fault.error() != null) {
                throw fault.error();
            }
            if (fault != null && !fault.afterCall()) {
                throw new SQLException("injected failure of " + name);
            }
            Object result = call(target, method, args);
            if (fault != null) {
                throw new SQLException("injected failure after " + name);
            }
            if (result instanceof PreparedStatement ps && name.equals("prepareStatement")) {
                return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class},
                        handler(ps, (String) args[0], prepared));
            }
            return result;
        };
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
