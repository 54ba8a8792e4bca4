/**
 * HTTP adapter for the coverage figures ({@code co.presencia.coverage}): headline, department, municipality,
 * group and gap tables, year over year, targets and the written summary, each under the same filters, with CSV
 * (comma or es-CO semicolon), XLSX and GeoJSON downloads. "Coverage" here means program reach, never OGC coverages.
 */
package co.presencia.web.coverage;
