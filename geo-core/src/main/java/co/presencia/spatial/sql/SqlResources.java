package co.presencia.spatial.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SQL statements kept in resource files: {@code sql/<dialect>/<name>.sql} when a dialect needs its own,
 * {@code sql/common/<name>.sql} otherwise. Values are always bound; identifiers never come from input.
 */
public final class SqlResources {

    private final SqlDialect dialect;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public SqlResources(SqlDialect dialect) {
        this.dialect = dialect;
    }

    public SqlDialect dialect() {
        return dialect;
    }

    /** The statement named {@code name} (e.g. {@code territory/locate_point}). */
    public String get(String name) {
        return cache.computeIfAbsent(name, n -> {
            String text = read("/sql/" + dialect.folder() + "/" + n + ".sql");
            if (text == null) {
                text = read("/sql/common/" + n + ".sql");
            }
            if (text == null) {
                throw new IllegalArgumentException("No SQL resource named " + n);
            }
            return text.strip();
        });
    }

    /** A script of several statements separated by {@code ;} at line ends; comment lines removed. */
    public List<String> script(String name) {
        return split(get(name));
    }

    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    static String read(String path) {
        try (InputStream in = SqlResources.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
