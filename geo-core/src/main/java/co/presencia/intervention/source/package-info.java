/**
 * Reading planners' tabular files row by row: CSV (UTF-8 or Windows-1252/Latin-1, detected; optional BOM; comma,
 * semicolon or tab, detected; quoted fields, also over several lines) and XLSX (first sheet, through POI's
 * streaming SAX reader, never the whole-workbook DOM).
 *
 * <p>Guarantees: a file is never held in memory, rows are pushed to a {@link co.presencia.intervention.source.RowSink}
 * one at a time with the 1-based line (CSV: physical line where the record starts; XLSX: sheet row number) so that
 * every report can name it; blank rows are skipped, not reported. This package knows nothing about interventions:
 * it only turns bytes into header + string cells.
 */
package co.presencia.intervention.source;
