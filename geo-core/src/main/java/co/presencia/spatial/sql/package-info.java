/**
 * The small dialect seam between the embedded H2GIS store and PostgreSQL+PostGIS.
 *
 * <p>Guarantees: SQL lives in resource files ({@code sql/common}, overridden per dialect in {@code sql/h2gis} or
 * {@code sql/postgis}); values are bound, never concatenated; geometry crosses the JDBC boundary as WKB with SRID
 * 4326; schema migrations ({@code db/common} + {@code db/<dialect>/V<n>__*.sql}) are applied by Flyway, idempotently,
 * and a store created before Flyway is migrated in place ({@link co.presencia.spatial.sql.SchemaMigrator}).
 * This package must not hold domain logic: repositories in the domain packages use it.
 */
package co.presencia.spatial.sql;
