package co.presencia.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The definition of a table: the type of its rows and its columns in output order. Immutable.
 *
 * @param rowType the row class (outputs that look serializers up by class use it)
 * @param columns the columns, in output order
 * @param <R>     the row type
 */
public record TableDefinition<R>(Class<R> rowType, List<Column<R>> columns) {

    public TableDefinition {
        Objects.requireNonNull(rowType, "rowType");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A table needs at least one column");
        }
        unique(columns.stream().map(Column::name).toList(), "names");
        unique(columns.stream().map(Column::snakeName).toList(), "snake_case names");
        unique(columns.stream().map(c -> c.shortName().toLowerCase(Locale.ROOT)).toList(), "short names");
    }

    @SafeVarargs
    public static <R> TableDefinition<R> of(Class<R> rowType, Column<R>... columns) {
        return new TableDefinition<>(rowType, Arrays.asList(columns));
    }

    /** These columns over rows of type {@code S} that each hold an {@code R}, then {@code more} columns of {@code S}. */
    @SafeVarargs
    public final <S> TableDefinition<S> over(Class<S> type, Function<? super S, ? extends R> part, Column<S>... more) {
        List<Column<S>> all = new ArrayList<>();
        columns.forEach(c -> all.add(c.over(part)));
        all.addAll(Arrays.asList(more));
        return new TableDefinition<>(type, all);
    }

    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    public Optional<Column<R>> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** A row as the JSON API writes it: camelCase names to values, in column order. */
    public Map<String, Object> values(R row) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Column<R> c : columns) {
            values.put(c.name(), c.valueOf(row));
        }
        return values;
    }

    private static void unique(List<String> names, String what) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) {
                throw new IllegalArgumentException("Duplicate column " + what + ": " + n);
            }
        }
    }
}
