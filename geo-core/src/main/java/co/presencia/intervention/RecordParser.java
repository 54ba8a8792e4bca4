package co.presencia.intervention;

import co.presencia.error.Messages;
import co.presencia.sector.CiiuClassification;
import co.presencia.sector.InvalidCiiuCodeException;
import co.presencia.territory.ReportingYear;
import co.presencia.text.NameKey;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one row of cells into an {@link Intervention}, or into every reason it cannot be one (a row with a bad year
 * and an unknown size reports both). Knows the column layout ({@link ColumnMapping}) and the joiner; holds no state
 * between rows.
 */
final class RecordParser {

    /** The one range of reporting years: a record is stored only when a query can count it. */
    static final int MIN_YEAR = ReportingYear.FIRST;
    static final int MAX_YEAR = ReportingYear.LAST;
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("(?<!\\d)(19\\d\\d|20\\d\\d|2100)(?!\\d)");
    private static final Pattern TWO_DIGIT_YEAR_AT_END = Pattern.compile("^\\d{1,2}[/.-]\\d{1,2}[/.-](\\d{2})$");
    private static final String UNKNOWN_AXIS = "Eje desconocido; se aceptan: productividad, encadenamientos, calidad, "
            + "sofisticación, economía popular, aglomeraciones, estrategias sectoriales (unknown axis)";
    private static final String UNKNOWN_SIZE = "Tamaño de empresa desconocido; se aceptan: micro, pequeña, mediana, "
            + "grande, unidad productiva (unknown company size)";

    /** A parsed row: the intervention or the reasons it was rejected. */
    record Parsed(Intervention intervention, List<Rejection> rejections) {
    }

    private static final int CACHE_LIMIT = 10_000;
    private final ColumnMapping columns;
    private final MunicipalityJoiner joiner;
    private final String fileName;
    /** Axis and size texts repeat on every row: parse each distinct spelling once (bounded). */
    private final Map<String, Optional<Axis>> axes = new HashMap<>();
    private final Map<String, Optional<CompanySize>> sizes = new HashMap<>();
    private final CiiuClassification classification;
    /** CIIU texts repeat too: each distinct spelling read once (bounded), to its code or the reason it is not one. */
    private final Map<String, CiiuReading> ciiuCodes = new HashMap<>();

    /** How a CIIU text reads: the entry's code, or why it is none (in Spanish, then English). */
    private record CiiuReading(String code, String reason) {
    }

    RecordParser(ColumnMapping columns, MunicipalityJoiner joiner, String fileName) {
        this(columns, joiner, fileName, null);
    }

    /**
     * @param classification reads the sector column; required when the file has one ({@link SourceField#SECTOR})
     */
    RecordParser(ColumnMapping columns, MunicipalityJoiner joiner, String fileName, CiiuClassification classification) {
        if (classification == null && columns.has(SourceField.SECTOR)) {
            throw new IllegalArgumentException("A file with a CIIU column needs the classification to read it");
        }
        this.columns = columns;
        this.joiner = joiner;
        this.fileName = fileName;
        this.classification = classification;
    }

    Parsed parse(List<String> cells, long line) {
        Row row = new Row(cells, line);
        String recordId = row.required(SourceField.RECORD_ID, 100, "Falta el identificador del registro (missing record id)",
                "Identificador de más de 100 caracteres (record id too long)");
        String beneficiary = row.required(SourceField.BENEFICIARY_ID, 100,
                "Falta el identificador del beneficiario (missing beneficiary id)",
                "Identificador de beneficiario de más de 100 caracteres (too long)");
        Integer year = row.year();
        String program = row.required(SourceField.PROGRAM, 300, "Falta el programa o instrumento (missing program)",
                "Programa de más de 300 caracteres (too long)");
        Axis axis = row.coded(SourceField.AXIS, axes, Axis::parse, UNKNOWN_AXIS);
        CompanySize size = row.coded(SourceField.COMPANY_SIZE, sizes, CompanySize::parse, UNKNOWN_SIZE);
        BigDecimal amount = row.amount();
        String sector = row.optional(SourceField.SECTOR, 100);
        String ciiu = sector == null ? null : row.ciiu(sector);
        String focus = row.optional(SourceField.FOCUS, 200);
        String status = row.optional(SourceField.STATUS, 100);
        MunicipalityJoiner.Placed placed = year == null ? null : row.place(year);
        if (!row.rejections.isEmpty()) {
            return new Parsed(null, row.rejections);
        }
        Double lon = placed.longitude();
        Double lat = placed.latitude();
        if (lon == null && columns.has(SourceField.LONGITUDE)) {
            // Placed by code or name but the row also has coordinates: keep them when they parse.
            Double x = MunicipalityJoiner.parseDegrees(row.cell(SourceField.LONGITUDE));
            Double y = MunicipalityJoiner.parseDegrees(row.cell(SourceField.LATITUDE));
            if (x != null && y != null && Math.abs(x) <= 180 && Math.abs(y) <= 90) {
                lon = x;
                lat = y;
            }
        }
        Intervention intervention = new Intervention(recordId, beneficiary, year, program, axis, size, placed.code(),
                placed.placement(), lon, lat, sector, ciiu, amount, focus, status, (int) line);
        return new Parsed(intervention, List.of());
    }

    private static <T> Optional<T> cached(Map<String, Optional<T>> cache, String text, Function<String, Optional<T>> parse) {
        Optional<T> value = cache.get(text);
        if (value == null) {
            value = parse.apply(text);
            if (cache.size() < CACHE_LIMIT) {
                cache.put(text, value);
            }
        }
        return value;
    }

    /** The checks of one row: each reads its cell, and records a rejection when the value cannot be taken. */
    private final class Row {
        private final List<String> cells;
        private final long line;
        private final List<Rejection> rejections = new ArrayList<>(1);
        /** The record id as rejections report it: null until read, and when the row has none. */
        private String recordId;

        Row(List<String> cells, long line) {
            this.cells = cells;
            this.line = line;
        }

        /** A cell that must be there and fit in {@code max} characters; the record id is read first. */
        String required(SourceField field, int max, String missing, String tooLong) {
            String value = cell(field);
            if (field == SourceField.RECORD_ID && !value.isEmpty()) {
                recordId = value;
            }
            if (value.isEmpty()) {
                reject(field, "", missing);
            } else if (value.length() > max) {
                reject(field, value, tooLong);
            }
            return value;
        }

        /** An optional cell of a known vocabulary (axis, size): null when empty, rejected when unknown. */
        <T> T coded(SourceField field, Map<String, Optional<T>> cache, Function<String, Optional<T>> parse, String unknown) {
            String text = cell(field);
            if (text.isEmpty()) {
                return null;
            }
            T value = cached(cache, text, parse).orElse(null);
            if (value == null) {
                reject(field, text, unknown);
            }
            return value;
        }

        BigDecimal amount() {
            String text = cell(SourceField.AMOUNT_COP);
            if (text.isEmpty()) {
                return null;
            }
            BigDecimal amount = parseAmount(text);
            if (amount == null) {
                reject(SourceField.AMOUNT_COP, text, "Monto no es un número en pesos (amount is not a number)");
            }
            return amount;
        }

        /** The year from the year column, else from a date; rejected when neither gives one. */
        Integer year() {
            String yearText = cell(SourceField.YEAR);
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
                reject(SourceField.YEAR, yearText, "Año inválido: se espera un año entre " + MIN_YEAR + " y " + MAX_YEAR
                        + " (bad year)");
                return null;
            }
            String dateText = cell(SourceField.DATE);
            if (!dateText.isEmpty()) {
                Matcher four = FOUR_DIGIT_YEAR.matcher(dateText);
                if (four.find()) {
                    int year = Integer.parseInt(four.group(1));
                    if (year >= MIN_YEAR && year <= MAX_YEAR) {
                        return year;
                    }
                    reject(SourceField.DATE, dateText, "Año inválido: se espera un año entre " + MIN_YEAR + " y " + MAX_YEAR
                            + " (bad year)");
                    return null;
                }
                Matcher two = TWO_DIGIT_YEAR_AT_END.matcher(dateText.strip());
                if (two.matches()) {
                    return 2000 + Integer.parseInt(two.group(1));
                }
                reject(SourceField.DATE, dateText, "Fecha sin año reconocible (date without a year)");
                return null;
            }
            reject(columns.has(SourceField.YEAR) ? SourceField.YEAR : SourceField.DATE, "", "Falta el año (missing year)");
            return null;
        }

        String optional(SourceField field, int max) {
            String value = cell(field);
            if (value.isEmpty()) {
                return null;
            }
            if (value.length() > max) {
                reject(field, value, "Valor de más de " + max + " caracteres (too long)");
                return null;
            }
            return value;
        }

        /**
         * The CIIU entry {@code written} names (ADR 0013: {@code 111} is class 0111, the replaced class 1030 is group
         * 103); rejected with the classification's reason when it names none (unknown, ambiguous, a DIAN code).
         */
        String ciiu(String written) {
            CiiuReading reading = ciiuCodes.get(written);
            if (reading == null) {
                try {
                    reading = new CiiuReading(classification.parse(columns.header(SourceField.SECTOR), written).activity().code(), null);
                } catch (InvalidCiiuCodeException e) {
                    reading = new CiiuReading(null, e.message(Messages.SPANISH) + " (" + e.message(Locale.ENGLISH) + ")");
                }
                if (ciiuCodes.size() < CACHE_LIMIT) {
                    ciiuCodes.put(written, reading);
                }
            }
            if (reading.code() == null) {
                reject(SourceField.SECTOR, written, reading.reason());
            }
            return reading.code();
        }

        /** The municipality in force in {@code year} by code, name or point; rejected when it cannot be placed. */
        MunicipalityJoiner.Placed place(int year) {
            MunicipalityJoiner.Result result = joiner.join(year, cell(SourceField.MUNICIPALITY_CODE),
                    cell(SourceField.MUNICIPALITY_NAME), cell(SourceField.DEPARTMENT_NAME),
                    cell(SourceField.LONGITUDE), cell(SourceField.LATITUDE));
            if (result.unplaced() != null) {
                reject(result.unplaced().field(), result.unplaced().value(), result.unplaced().reason());
                return null;
            }
            return result.placed();
        }

        String cell(SourceField field) {
            int i = columns.column(field);
            if (i < 0 || i >= cells.size()) {
                return "";
            }
            String v = cells.get(i);
            return v == null ? "" : v.strip();
        }

        private void reject(SourceField field, String value, String reason) {
            rejections.add(new Rejection(fileName, line, recordId, columns.header(field), value, reason));
        }
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
        value = value.setScale(2, RoundingMode.HALF_UP);
        return negative ? value.negate() : value;
    }
}
