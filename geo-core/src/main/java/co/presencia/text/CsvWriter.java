package co.presencia.text;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The project's one CSV writer, for every CSV it hands to people (table downloads, rejects reports): commons-csv's
 * {@link CSVPrinter} with RFC 4180 quoting and CRLF line ends, a byte-order mark first (so spreadsheets read the
 * UTF-8 accents right), and one rule against formula injection ({@link #neutraliseFormula}).
 *
 * <p>Values: null is an empty cell; a {@link Double} or {@link Float} is written with up to six decimals and the
 * dialect's decimal separator; other numbers and booleans as Java writes them; a collection as its items joined by
 * spaces; anything else as its text, neutralised. Not thread-safe: one writer per output.
 */
public final class CsvWriter implements Closeable, Flushable {

    /** The separators of a CSV file. */
    public enum Dialect {
        /** Comma between cells, point before decimals (RFC 4180, most tools). */
        COMMA(',', '.'),
        /** Semicolon between cells, comma before decimals: what Excel set to es-CO opens directly. */
        SEMICOLON_DECIMAL_COMMA(';', ',');

        private final char delimiter;
        private final char decimalSeparator;

        Dialect(char delimiter, char decimalSeparator) {
            this.delimiter = delimiter;
            this.decimalSeparator = decimalSeparator;
        }
    }

    /** A text that is only a number or a pair of numbers ("-75.56", "-78.0, 12.0"): a spreadsheet reads it as data. */
    private static final Pattern NUMBER_OR_PAIR = Pattern.compile("-?\\d+([.,]\\d+)?(, ?-?\\d+([.,]\\d+)?)?");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;
    private final DecimalFormat decimals;

    private CsvWriter(Writer out, Dialect dialect) throws IOException {
        out.write('\uFEFF');
        this.printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(dialect.delimiter).get());
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(dialect.decimalSeparator);
        this.decimals = new DecimalFormat("0.######", symbols);
    }

    /** A writer on {@code out} (which it closes on {@link #close()}); the byte-order mark is written at once. */
    public static CsvWriter open(Writer out, Dialect dialect) {
        try {
            return new CsvWriter(out, dialect);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one record of {@code values}. */
    public void row(List<?> values) {
        List<String> cells = new ArrayList<>(values.size());
        for (Object v : values) {
            cells.add(cell(v));
        }
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one record of {@code values}. */
    public void row(Object... values) {
        row(Arrays.asList(values));
    }

    private String cell(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double || value instanceof Float) {
            return decimals.format(((Number) value).doubleValue());
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Collection<?> c) {
            return neutraliseFormula(c.stream().map(String::valueOf).collect(Collectors.joining(" ")));
        }
        return neutraliseFormula(value.toString());
    }

    /**
     * The one rule against CSV formula injection (OWASP): a text whose first character is {@code = + - @}, a tab or
     * a carriage return is prefixed with an apostrophe, so a spreadsheet shows it instead of running it; a text that
     * is only a number or a pair of numbers ({@code -75.56}, {@code -78.0, 12.0}) is data and stays as it is.
     */
    public static String neutraliseFormula(String text) {
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 && !NUMBER_OR_PAIR.matcher(text).matches()) {
            return "'" + text;
        }
        return text;
    }

    @Override
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
