/**
 * The HTTP face of interventions: datasets ({@code /api/v1/datasets}), imports as jobs with progress
 * ({@code /api/v1/datasets/{id}/imports}, {@code /api/v1/imports/{jobId}}, {@code …/rejects.csv}). The command line
 * lives apart ({@code co.presencia.cli}, run by {@code scripts/presencia} without the server).
 *
 * <p>Guarantees: only parses requests and writes documents. Queuing imports, invalidating a dataset's figures after a
 * change ({@code co.presencia.application.ImportJobs}, {@code Datasets}) is the application core's work; reading
 * files, placing rows and storing them is {@code co.presencia.intervention}'s. Imports run one at a time on one worker
 * thread; every write here, and every import report, needs the administrator (see
 * {@code co.presencia.web.system.SecurityConfiguration}).
 */
package co.presencia.web.intervention;
