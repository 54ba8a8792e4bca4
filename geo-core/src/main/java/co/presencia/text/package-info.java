/**
 * Text formats and locale-safe text: reading reference CSV files ({@link co.presencia.text.Csv}), the one CSV writer
 * with the one formula-injection rule ({@link co.presencia.text.CsvWriter}), the one JSON text writer and string
 * escaper ({@link co.presencia.text.JsonText}), and name keys for matching ({@link co.presencia.text.NameKey}).
 *
 * <p>Guarantees: every case change uses {@link java.util.Locale#ROOT}; accent folding is used for matching only and
 * never for display; CSV handed to people starts with a byte-order mark and never starts a cell with a formula.
 * Depends on nothing else in the project.
 */
package co.presencia.text;
