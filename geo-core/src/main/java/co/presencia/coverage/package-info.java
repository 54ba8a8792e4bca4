/**
 * The coverage figures of DOMAIN.md §3 — "coverage" as program reach, never JTS polygon coverages nor OGC raster
 * coverages. {@link co.presencia.coverage.CoverageIndex} holds a dataset's records as dictionary-encoded columns and
 * counts a {@link co.presencia.coverage.CoverageFilter} in one pass ({@link co.presencia.coverage.CoverageCounts});
 * {@link co.presencia.coverage.CoverageFigures} turns counts into the published figures (headline, departments,
 * municipalities, territories of a group), {@link co.presencia.coverage.Gaps}, {@link co.presencia.coverage.YearOverYear},
 * {@link co.presencia.coverage.TerritorialSummary} (the report's paragraphs, Spanish and English) and targets
 * ({@link co.presencia.coverage.TargetEvaluation}, stored by {@link co.presencia.coverage.TargetRepository}).
 *
 * <p>Guarantees: beneficiaries are counted distinct; every share of municipalities names its denominator, the units
 * in force in the reporting year; figure rows are defined once ({@link co.presencia.coverage.FigureTables}) and
 * written from that definition in every format. Filters are read by one parser
 * ({@link co.presencia.coverage.CoverageFilterParser}), whose errors name the parameter. Checked against independent
 * SQL on both stores ({@code CoverageAgreementContract}).
 *
 * <p>Must not: read HTTP, files or the store directly (the index is fed by the caller), nor cache across calls —
 * caching is the application core's ({@code Datasets}).
 */
package co.presencia.coverage;
