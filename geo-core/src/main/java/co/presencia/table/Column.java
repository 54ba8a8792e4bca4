package co.presencia.table;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One column of a table of rows of type {@code R}.
 *
 * @param name      the JSON name: lower camelCase ASCII ({@code departmentCode}); the snake_case name is derived
 * @param shortName the Shapefile (DBF) field name: 1–10 ASCII letters, digits or {@code _}
 * @param type      the value type
 * @param titleEs   a short Spanish title (column headers, OGC property titles)
 * @param titleEn   the same in English
 * @param value     reads the value from a row; may return null (no value)
 * @param queryable whether a feature collection of these rows filters on it ({@code ?name=value})
 * @param <R>       the row type
 */
public record Column<R>(String name, String shortName, ColumnType type, String titleEs, String titleEn,
                        Function<? super R, ?> value, boolean queryable) {

    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,62}");
    private static final Pattern SHORT_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,9}");

    public Column {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Column name '" + name + "' must be lower camelCase ASCII");
        }
        if (shortName == null || !SHORT_NAME.matcher(shortName).matches()) {
            throw new IllegalArgumentException("Short name '" + shortName + "' of " + name + " must be 1-10 ASCII letters, digits or _");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (titleEs == null || titleEs.isBlank() || titleEn == null || titleEn.isBlank()) {
            throw new IllegalArgumentException("Column " + name + " needs a Spanish and an English title");
        }
    }

    public static <R> Column<R> string(String name, String shortName, String titleEs, String titleEn, Function<? super R, String> value) {
        return new Column<>(name, shortName, ColumnType.STRING, titleEs, titleEn, value, false);
    }

    public static <R> Column<R> integer(String name, String shortName, String titleEs, String titleEn,
                                        Function<? super R, ? extends Number> value) {
        return new Column<>(name, shortName, ColumnType.INTEGER, titleEs, titleEn, value, false);
    }

    public static <R> Column<R> number(String name, String shortName, String titleEs, String titleEn, Function<? super R, Double> value) {
        return new Column<>(name, shortName, ColumnType.NUMBER, titleEs, titleEn, value, false);
    }

    public static <R> Column<R> bool(String name, String shortName, String titleEs, String titleEn, Function<? super R, Boolean> value) {
        return new Column<>(name, shortName, ColumnType.BOOLEAN, titleEs, titleEn, value, false);
    }

    public static <R> Column<R> strings(String name, String shortName, String titleEs, String titleEn,
                                        Function<? super R, ? extends Collection<String>> value) {
        return new Column<>(name, shortName, ColumnType.STRING_LIST, titleEs, titleEn, value, false);
    }

    /** This column, filterable when its rows are served as features. */
    public Column<R> asQueryable() {
        return new Column<>(name, shortName, type, titleEs, titleEn, value, true);
    }

    /** This column over rows of type {@code S}, each of which holds an {@code R}. */
    public <S> Column<S> over(Function<? super S, ? extends R> part) {
        Function<? super R, ?> read = value;
        return new Column<>(name, shortName, type, titleEs, titleEn, s -> read.apply(part.apply(s)), queryable);
    }

    /** The snake_case name, for feature properties and GeoPackage columns: {@code departmentCode} → {@code department_code}. */
    public String snakeName() {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                out.append('_').append((char) (c - 'A' + 'a'));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The title in Spanish or English. */
    public String title(boolean spanish) {
        return spanish ? titleEs : titleEn;
    }

    /** The value in {@code row}, as the JSON API gives it (a list stays a list). */
    public Object valueOf(R row) {
        return value.apply(row);
    }

    /** The value in {@code row} for flat formats (feature properties, CSV, DBF): a list becomes its texts joined by spaces. */
    public Object flatValueOf(R row) {
        Object v = value.apply(row);
        if (v instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(" "));
        }
        return v;
    }
}
