/**
 * HTTP adapter for the coverage figures ({@code co.presencia.coverage}): headline, department, municipality,
 * group and gap tables, year over year, targets and the written summary, each under the same filters, with CSV
 * (comma or es-CO semicolon), XLSX and GeoJSON downloads. Rows of the figure tables are written from their
 * {@code co.presencia.coverage.FigureTables} definitions in every format ({@link co.presencia.web.coverage.FigureRowsJson}
 * for JSON, {@link co.presencia.web.coverage.TableDownload} for the downloads). "Coverage" here means program reach,
 * never OGC coverages.
 */
package co.presencia.web.coverage;
