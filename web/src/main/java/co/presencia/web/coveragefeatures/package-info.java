/**
 * Wires the coverage figures and the intervention points into the feature registry: the collections
 * {@code municipal-coverage}, {@code department-coverage} and {@code interventions} of the OGC API, the downloads and
 * the static maps. Guarantees: the coverage collections resolve their parameters ({@code dataset, year, axis, program,
 * size, department}) exactly as the coverage API does ({@link co.presencia.web.coverage.CoverageRequest}, the
 * same {@link co.presencia.web.coverage.CoverageService} index), so their figures equal those of
 * {@code /api/v1/coverage/municipalities} and {@code /departments}; a bad value is an
 * {@link co.presencia.feature.InvalidFeatureQueryException} naming the parameter (a 400). No HTTP parsing and no JDBC
 * here: the feature collections themselves are in geo-core ({@code co.presencia.feature}).
 */
package co.presencia.web.coveragefeatures;
