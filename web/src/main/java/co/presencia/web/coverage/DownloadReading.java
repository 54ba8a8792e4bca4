package co.presencia.web.coverage;

import co.presencia.application.CoverageContext;
import co.presencia.error.InvalidParameterException;
import co.presencia.table.Column;
import co.presencia.table.ColumnType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A table download written for people ({@code lang=es|en}, what the map page asks for): column titles in that
 * language instead of the JSON names, yes/no in words, decimals rounded (shares to 4, other numbers to 2), and what the table is about
 * first — the selection, the denominator, the source, the date and, for synthetic data, the notice — as (label,
 * value) rows above the CSV's table or an XLSX sheet of its own. Without {@code lang}, downloads stay as programs read them.
 */
record DownloadReading(boolean spanish) {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    /** The reading {@code lang} asks for, or null (the form for programs) when it is absent. */
    static DownloadReading parse(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "es" -> new DownloadReading(true);
            case "en" -> new DownloadReading(false);
            default -> throw new InvalidParameterException("lang", "parameter.oneOf", "lang", lang, "es, en");
        };
    }

    String say(String es, String en) {
        return spanish ? es : en;
    }

    <R> List<String> titles(List<Column<R>> columns) {
        return columns.stream().map(c -> c.title(spanish)).toList();
    }

    /** Decimals a column is written with: shares (0–1) 4, other numbers 2; null for whole numbers and text. */
    static Integer decimals(Column<?> column) {
        if (column.type() != ColumnType.NUMBER) {
            return null;
        }
        return column.name().toLowerCase(Locale.ROOT).endsWith("share") ? 4 : 2;
    }

    /** The value as written for people: yes or no in the language, a decimal number rounded half up. */
    Object forPeople(Column<?> column, Object value) {
        if (value instanceof Boolean flag) {
            return flag ? say("Sí", "Yes") : "No";
        }
        return rounded(column, value);
    }

    /** A decimal number rounded half up to the column's decimals; anything else as it is. */
    static Object rounded(Column<?> column, Object value) {
        Integer decimals = decimals(column);
        if (decimals == null || !(value instanceof Number n) || Double.isNaN(n.doubleValue()) || Double.isInfinite(n.doubleValue())) {
            return value;
        }
        return BigDecimal.valueOf(n.doubleValue()).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** What the table is about, as (label, value) rows, from the answer's dataset, filter, denominator and source. */
    List<List<String>> about(String table, Map<String, Object> body) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(say("Tabla", "Table"), table));
        if (body.get("dataset") instanceof CoverageContext.DatasetRef d) {
            rows.add(List.of(say("Conjunto de datos", "Dataset"), d.name() + " (" + d.id() + ")"));
            if (d.synthetic()) {
                rows.add(List.of(say("Aviso", "Notice"), say("Datos sintéticos de demostración: no describen beneficiarios reales.",
                        "Synthetic demonstration data: they do not describe real beneficiaries.")));
            }
        }
        if (body.get("filter") instanceof CoverageContext.FilterView f) {
            rows.add(List.of(say("Año de reporte", "Reporting year"), String.valueOf(f.reportingYear())));
            rows.add(List.of(say("Eje", "Axis"), all(f.axes())));
            rows.add(List.of(say("Programa", "Program"), all(List.copyOf(f.programs()))));
            rows.add(List.of(say("Tamaño de empresa", "Company size"), all(f.sizes())));
            rows.add(List.of(say("Departamento", "Department"), f.departments().isEmpty() ? "Colombia" : String.join(", ", f.departments())));
            rows.add(List.of(say("Sector (CIIU)", "Sector (CIIU)"), f.sector() == null ? say("todos", "all")
                    : f.sector().id() + " — " + f.sector().name()));
        }
        if (body.get("denominator") instanceof co.presencia.coverage.CoverageFigures.Denominator d) {
            rows.add(List.of(say("Denominador", "Denominator"), say(d.units() + " municipios y áreas no municipalizadas vigentes en ",
                    d.units() + " municipalities and non-municipalised areas in force in ") + d.vintageYear()));
        }
        if (body.get("source") instanceof String source) {
            rows.add(List.of(say("Fuente", "Source"), source));
        }
        if (body.get("economySource") instanceof String source) {
            rows.add(List.of(say("Fuente de las cifras económicas", "Source of the economic figures"), source));
        }
        rows.add(List.of(say("Generado", "Made on"), LocalDate.now(BOGOTA).toString()));
        rows.add(List.of(say("Decimales", "Decimals"), say("participaciones (0–1) con 4, otras cifras con 2", "shares (0–1) with 4, other figures with 2")));
        return rows;
    }

    private String all(List<String> values) {
        return values.isEmpty() ? say("todos", "all") : String.join(", ", values);
    }
}
