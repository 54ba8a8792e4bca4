/**
 * The HTTP face of interventions: datasets ({@code /api/v1/datasets}), imports as jobs with progress
 * ({@code /api/v1/datasets/{id}/imports}, {@code /api/v1/imports/{jobId}}, {@code …/rejects.csv}), the
 * {@link co.presencia.web.intervention.DatasetChangedEvent} other modules listen to. The command line that imports
 * without the server is {@code co.presencia.cli}.
 *
 * <p>Guarantees: only parses requests and writes documents; reading files, placing rows and storing them is
 * {@code co.presencia.intervention}'s work. Imports run one at a time on one worker thread; every write here needs
 * the administrator (see {@code co.presencia.web.system.SecurityConfiguration}).
 */
package co.presencia.web.intervention;
