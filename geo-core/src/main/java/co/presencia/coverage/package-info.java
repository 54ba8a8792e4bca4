/**
 * Coverage figures: who was reached where, under a filter (years, axes, programs, company sizes, departments), with
 * the territorial vintage of the reporting year as denominator (docs/coverage.md).
 *
 * <p>Guarantees: {@link co.presencia.coverage.CoverageIndex} is an immutable snapshot of one dataset; a beneficiary
 * counts once per unit where one of its accepted records lies and once nationally; the precomputed cells
 * ({@code VintageCells}) and the pass over the records ({@code RecordPass}) give the same figures, and both agree with
 * independent SQL ({@code CoverageAgreementContract}). Must not: read the store per request, or know about HTTP.
 */
package co.presencia.coverage;
