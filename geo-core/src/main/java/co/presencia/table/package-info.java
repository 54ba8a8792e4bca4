/**
 * Table definitions: one definition per table of figures says, column by column, its name in every output
 * (camelCase for the JSON API, snake_case for OGC feature properties and GeoPackage, at most ten characters for
 * Shapefile fields), its value type, its Spanish and English titles, and how the value is read from a row. The
 * JSON API, the OGC collections, the downloads and the spreadsheets derive their shape from it; nothing re-lists
 * the columns by hand.
 *
 * <p>Guarantees: names are unique in a table in each of the three forms (short names case-insensitively); the
 * snake_case name is derived from the camelCase one, so the two cannot drift; column order is the output order
 * everywhere. Depends on nothing else in the project, so any package can describe its rows with it.
 */
package co.presencia.table;
