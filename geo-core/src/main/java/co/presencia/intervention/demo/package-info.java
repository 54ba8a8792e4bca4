/**
 * Generated intervention files: the demo dataset calibrated to Colombia Productiva's 2023 management report
 * ({@link co.presencia.intervention.demo.DemoDatasetGenerator}) and uniform bulk files for load tests
 * ({@link co.presencia.intervention.demo.BulkFileGenerator}).
 *
 * <p>Guarantees: output depends only on the reference catalog and the seed (same seed, same bytes); files are
 * written streaming; generated records are synthetic and say so (the demo dataset is always labelled
 * "Demo (sintético)"). Nothing here is real beneficiary data: no record-level data is public.
 */
package co.presencia.intervention.demo;
