/**
 * Interventions: records of a program reaching a beneficiary in one place (DOMAIN.md §2), grouped in named
 * datasets, imported from planners' CSV/XLSX files and joined to the municipality in force in their year.
 *
 * <p>Guarantees:
 * <ul>
 *   <li>Every stored {@link co.presencia.intervention.Intervention} has a municipality in force in its year and
 *       records how it was placed ({@link co.presencia.intervention.Placement}): code, repaired code, name +
 *       department (with the aliases of {@code place_aliases.csv}), or point in polygon (swapped pairs detected).</li>
 *   <li>Nothing is lost silently: a row that is malformed or cannot be placed is a
 *       {@link co.presencia.intervention.Rejection} with file, line, record id, column, value and reason; nothing is
 *       guessed (an ambiguous name, a point at sea, an unknown code are rejected, not approximated).</li>
 *   <li>An import is one transaction: atomic by default, partial only when asked, idempotent on re-import, and a
 *       failure leaves the previous content (see {@link co.presencia.intervention.InterventionImporter}).</li>
 *   <li>Files are streamed; memory does not grow with their size.</li>
 * </ul>
 * The store is one repository per concept, each the same contract on H2GIS and PostGIS: {@code DatasetRepository}
 * (datasets and their figures), {@code InterventionRepository} (a dataset's records, streamed),
 * {@code InterventionPointRepository} (publishable points, paged), {@code ImportJobRepository} (the import log and
 * rejections); the import's own steps on its staging table are the package-private {@code ImportStaging}.
 * Plain Java + JDBC: no web or framework types. The per-store difference (PostgreSQL COPY vs H2 batches) is the
 * package-private {@code StagingWriter}; SQL lives in {@code sql/*}{@code /intervention/}.
 */
package co.presencia.intervention;
