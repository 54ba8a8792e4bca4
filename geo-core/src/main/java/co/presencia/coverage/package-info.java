/**
 * The coverage figures of DOMAIN.md §3 — "coverage" as program reach, never JTS polygon coverages nor OGC raster
 * coverages. {@link co.presencia.coverage.CoverageIndex} holds a dataset's records as dictionary-encoded columns and
 * counts a {@link co.presencia.coverage.CoverageFilter} ({@link co.presencia.coverage.CoverageCounts}) from the
 * precomputed cells of the reporting year's vintage ({@code VintageCells}) or, when the filter names a sector or
 * several departments, in one pass over the records ({@code RecordPass}); coverage by sector is its own pass
 * ({@code SectorPass}). {@link co.presencia.coverage.CoverageFigures} turns counts into the published figures
 * (headline, departments, municipalities, territories of a group), {@link co.presencia.coverage.Gaps},
 * {@link co.presencia.coverage.YearOverYear}, {@link co.presencia.coverage.TerritorialSummary} (the report's
 * paragraphs, Spanish and English) and targets ({@link co.presencia.coverage.TargetEvaluation}, stored by
 * {@link co.presencia.coverage.TargetRepository}).
 *
 * <p>Guarantees: the index is an immutable snapshot of one dataset; a beneficiary counts once per unit where one of
 * its accepted records lies and once nationally; every share of municipalities names its denominator, the units in
 * force in the reporting year; the cells and the pass give the same figures ({@code VintageCellsTest}), and both agree
 * with independent SQL on both stores ({@code CoverageAgreementContract}, {@code SectorAgreementContract}); figure
 * rows are defined once ({@link co.presencia.coverage.FigureTables}) and written from that definition in every
 * format. Filters are read by one parser ({@link co.presencia.coverage.CoverageFilterParser}), whose errors name the
 * parameter.
 *
 * <p>Must not: read HTTP, files or the store directly (the index is fed by the caller), nor cache across calls —
 * caching is the application core's ({@code Datasets}).
 */
package co.presencia.coverage;
