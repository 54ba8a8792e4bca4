/**
 * The application core: the use cases every adapter calls, opened once per process by
 * {@link co.presencia.application.Presencia#open} from a DataSource and {@link co.presencia.application.PresenciaSettings}
 * (the Spring application and the command line alike).
 * <ul>
 *   <li>{@link co.presencia.application.SelectionParser}: request parameters → a coverage selection (dataset, index,
 *       filter, reporting year); the one parser.</li>
 *   <li>{@link co.presencia.application.Datasets}: datasets, their coverage indexes and the one cache of derived
 *       results, dropped together when a dataset changes.</li>
 *   <li>{@link co.presencia.application.CoverageQueries}: the figures of a selection (headline, departments,
 *       municipalities, groups, gaps, year over year, summary).</li>
 *   <li>{@link co.presencia.application.ReferenceTerritory}: the reference catalog with lookups that raise domain errors.</li>
 *   <li>{@link co.presencia.application.Profiles}: a department's or municipality's figures over its own
 *       denominators (Nariño: x of 64; PDET of Nariño's PDET), beside the national ones, with what a reader of the
 *       territory asks next, and its map; kept in the one cache.</li>
 *   <li>{@link co.presencia.application.Places}: place search by official and common names, accent-, case- and
 *       punctuation-insensitive, ranked.</li>
 *   <li>{@link co.presencia.application.Targets}: configured and stored targets, evaluated.</li>
 *   <li>{@link co.presencia.application.ImportJobs}: imports, queued (server) or immediate (command line).</li>
 *   <li>{@link co.presencia.application.Sectors}: CIIU Rev. 4 A.C. and the sector groupings, read once at open.</li>
 *   <li>{@link co.presencia.application.Economy}: DANE's municipal value added and departmental GDP, read once at open.</li>
 * </ul>
 *
 * <p>Guarantees: no adapter needs to parse a selection, open a store or cache an index of its own; every error is a
 * {@link co.presencia.error.PresenciaException} naming the parameter at fault. This package knows no HTTP and no
 * Spring: it sits above the domain packages and below the adapters.
 */
package co.presencia.application;
