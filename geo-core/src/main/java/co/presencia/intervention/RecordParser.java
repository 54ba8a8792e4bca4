package co.presencia.intervention;

import co.presencia.text.NameKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one row of cells into an {@link Intervention}, or into every reason it cannot be one (a row with a bad year
 * and an unknown size reports both). Knows the column layout ({@link ColumnMapping}) and the joiner; holds no state
 * between rows.
 */
final class RecordParser {

    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("(?<!\\d)(19\\d\\d|20\\d\\d|2100)(?!\\d)");
    private static final Pattern TWO_DIGIT_YEAR_AT_END = Pattern.compile("^\\d{1,2}[/.-]\\d{1,2}[/.-](\\d{2})$");

    /** A parsed row: the intervention or the reasons it was rejected. */
    record Parsed(Intervention intervention, List<Rejection> rejections) {
    }

    private static final int CACHE_LIMIT = 10_000;
    private final ColumnMapping columns;
    private final MunicipalityJoiner joiner;
    private final String fileName;
    /** Axis and size texts repeat on every row: parse each distinct spelling once (bounded). */
    private final java.util.Map<String, java.util.Optional<Axis>> axes = new java.util.HashMap<>();
    private final java.util.Map<String, java.util.Optional<CompanySize>> sizes = new java.util.HashMap<>();

    RecordParser(ColumnMapping columns, MunicipalityJoiner joiner, String fileName) {
        this.columns = columns;
        this.joiner = joiner;
        this.fileName = fileName;
    }

    Parsed parse(List<String> cells, long line) {
        List<Rejection> rejections = new ArrayList<>(1);
        String recordId = cell(cells, SourceField.RECORD_ID);
        String reportedId = recordId.isEmpty() ? null : recordId;
        if (recordId.isEmpty()) {
            reject(rejections, line, null, SourceField.RECORD_ID, "", "Falta el identificador del registro (missing record id)");
        } else if (recordId.length() > 100) {
            reject(rejections, line, reportedId, SourceField.RECORD_ID, recordId, "Identificador de más de 100 caracteres (record id too long)");
        }
        String beneficiary = cell(cells, SourceField.BENEFICIARY_ID);
        if (beneficiary.isEmpty()) {
            reject(rejections, line, reportedId, SourceField.BENEFICIARY_ID, "", "Falta el identificador del beneficiario (missing beneficiary id)");
        } else if (beneficiary.length() > 100) {
            reject(rejections, line, reportedId, SourceField.BENEFICIARY_ID, beneficiary, "Identificador de beneficiario de más de 100 caracteres (too long)");
        }
        Integer year = year(cells, line, reportedId, rejections);
        String program = cell(cells, SourceField.PROGRAM);
        if (program.isEmpty()) {
            reject(rejections, line, reportedId, SourceField.PROGRAM, "", "Falta el programa o instrumento (missing program)");
        } else if (program.length() > 300) {
            reject(rejections, line, reportedId, SourceField.PROGRAM, program, "Programa de más de 300 caracteres (too long)");
        }
        String axisText = cell(cells, SourceField.AXIS);
        Axis axis = null;
        if (!axisText.isEmpty()) {
            axis = cached(axes, axisText, Axis::parse).orElse(null);
            if (axis == null) {
                reject(rejections, line, reportedId, SourceField.AXIS, axisText, "Eje desconocido; se aceptan: productividad, "
                        + "encadenamientos, calidad, sofisticación, economía popular, aglomeraciones, estrategias sectoriales (unknown axis)");
            }
        }
        String sizeText = cell(cells, SourceField.COMPANY_SIZE);
        CompanySize size = null;
        if (!sizeText.isEmpty()) {
            size = cached(sizes, sizeText, CompanySize::parse).orElse(null);
            if (size == null) {
                reject(rejections, line, reportedId, SourceField.COMPANY_SIZE, sizeText, "Tamaño de empresa desconocido; se "
                        + "aceptan: micro, pequeña, mediana, grande, unidad productiva (unknown company size)");
            }
        }
        String amountText = cell(cells, SourceField.AMOUNT_COP);
        BigDecimal amount = null;
        if (!amountText.isEmpty()) {
            amount = parseAmount(amountText);
            if (amount == null) {
                reject(rejections, line, reportedId, SourceField.AMOUNT_COP, amountText, "Monto no es un número en pesos (amount is not a number)");
            }
        }
        String sector = optional(cells, SourceField.SECTOR, 100, line, reportedId, rejections);
        String focus = optional(cells, SourceField.FOCUS, 200, line, reportedId, rejections);
        String status = optional(cells, SourceField.STATUS, 100, line, reportedId, rejections);

        MunicipalityJoiner.Placed placed = null;
        if (year != null) {
            MunicipalityJoiner.Result result = joiner.join(year, cell(cells, SourceField.MUNICIPALITY_CODE),
                    cell(cells, SourceField.MUNICIPALITY_NAME), cell(cells, SourceField.DEPARTMENT_NAME),
                    cell(cells, SourceField.LONGITUDE), cell(cells, SourceField.LATITUDE));
            if (result.unplaced() != null) {
                reject(rejections, line, reportedId, result.unplaced().field(), result.unplaced().value(), result.unplaced().reason());
            } else {
                placed = result.placed();
            }
        }
        if (!rejections.isEmpty()) {
            return new Parsed(null, rejections);
        }
        Double lon = placed.longitude();
        Double lat = placed.latitude();
        if (lon == null && columns.has(SourceField.LONGITUDE)) {
            // Placed by code or name but the row also has coordinates: keep them when they parse.
            Double x = MunicipalityJoiner.parseDegrees(cell(cells, SourceField.LONGITUDE));
            Double y = MunicipalityJoiner.parseDegrees(cell(cells, SourceField.LATITUDE));
            if (x != null && y != null && Math.abs(x) <= 180 && Math.abs(y) <= 90) {
                lon = x;
                lat = y;
            }
        }
        Intervention intervention = new Intervention(recordId, beneficiary, year, program, axis, size, placed.code(),
                placed.placement(), lon, lat, sector, amount, focus, status, (int) line);
        return new Parsed(intervention, List.of());
    }

    private static <T> java.util.Optional<T> cached(java.util.Map<String, java.util.Optional<T>> cache, String text,
                                                    java.util.function.Function<String, java.util.Optional<T>> parse) {
        java.util.Optional<T> value = cache.get(text);
        if (value == null) {
            value = parse.apply(text);
            if (cache.size() < CACHE_LIMIT) {
                cache.put(text, value);
            }
        }
        return value;
    }

    private Integer year(List<String> cells, long line, String recordId, List<Rejection> rejections) {
        String yearText = cell(cells, SourceField.YEAR);
        if (!yearText.isEmpty()) {
            String t = yearText.endsWith(".0") ? yearText.substring(0, yearText.length() - 2) : yearText;
            try {
                int year = Integer.parseInt(t.strip());
                if (year >= MIN_YEAR && year <= MAX_YEAR) {
                    return year;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            reject(rejections, line, recordId, SourceField.YEAR, yearText, "Año inválido: se espera un año entre "
                    + MIN_YEAR + " y " + MAX_YEAR + " (bad year)");
            return null;
        }
        String dateText = cell(cells, SourceField.DATE);
        if (!dateText.isEmpty()) {
            Matcher four = FOUR_DIGIT_YEAR.matcher(dateText);
            if (four.find()) {
                return Integer.parseInt(four.group(1));
            }
            Matcher two = TWO_DIGIT_YEAR_AT_END.matcher(dateText.strip());
            if (two.matches()) {
                return 2000 + Integer.parseInt(two.group(1));
            }
            reject(rejections, line, recordId, SourceField.DATE, dateText, "Fecha sin año reconocible (date without a year)");
            return null;
        }
        SourceField field = columns.has(SourceField.YEAR) ? SourceField.YEAR : SourceField.DATE;
        reject(rejections, line, recordId, field, "", "Falta el año (missing year)");
        return null;
    }

    private String optional(List<String> cells, SourceField field, int max, long line, String recordId, List<Rejection> rejections) {
        String value = cell(cells, field);
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > max) {
            reject(rejections, line, recordId, field, value, "Valor de más de " + max + " caracteres (too long)");
            return null;
        }
        return value;
    }

    /**
     * Pesos: "1234567", "1234567.89", "1.234.567", "1.234.567,89", "$ 1,234,567.89", "COP 1 234 567". With both
     * separators the last one is the decimal mark; a lone separator followed by exactly three digits (repeated) is a
     * thousands mark.
     */
    static BigDecimal parseAmount(String text) {
        if (text.length() <= 18 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return BigDecimal.valueOf(Long.parseLong(text), 0).setScale(2);
        }
        String t = NameKey.of(text).equals("cop") ? "" : text.replaceAll("(?i)cop|\\$|\\s|\u00a0", "");
        if (t.isEmpty()) {
            return null;
        }
        boolean negative = t.startsWith("-");
        if (negative) {
            t = t.substring(1);
        }
        int lastDot = t.lastIndexOf('.');
        int lastComma = t.lastIndexOf(',');
        String normalised;
        if (lastDot >= 0 && lastComma >= 0) {
            char decimal = lastDot > lastComma ? '.' : ',';
            char thousands = decimal == '.' ? ',' : '.';
            normalised = t.replace(String.valueOf(thousands), "").replace(decimal, '.');
        } else if (lastDot >= 0 || lastComma >= 0) {
            char sep = lastDot >= 0 ? '.' : ',';
            String[] parts = t.split(Pattern.quote(String.valueOf(sep)), -1);
            boolean thousands = parts.length > 2 || parts[parts.length - 1].length() == 3;
            if (parts.length > 2) {
                for (int i = 1; i < parts.length; i++) {
                    if (parts[i].length() != 3) {
                        return null;
                    }
                }
            }
            normalised = thousands ? String.join("", parts) : parts[0] + "." + parts[1];
        } else {
            normalised = t;
        }
        if (!normalised.matches("\\d+(\\.\\d+)?")) {
            return null;
        }
        BigDecimal value = new BigDecimal(normalised);
        if (value.precision() - value.scale() > 18) {
            return null;
        }
        value = value.setScale(2, java.math.RoundingMode.HALF_UP);
        return negative ? value.negate() : value;
    }

    private String cell(List<String> cells, SourceField field) {
        int i = columns.column(field);
        if (i < 0 || i >= cells.size()) {
            return "";
        }
        String v = cells.get(i);
        return v == null ? "" : v.strip();
    }

    private void reject(List<Rejection> rejections, long line, String recordId, SourceField field, String value, String reason) {
        rejections.add(new Rejection(fileName, line, recordId, columns.header(field), value, reason));
    }
}
