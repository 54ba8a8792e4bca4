/**
 * Economic activity: CIIU Rev. 4 A.C. (DANE's adaptation of ISIC Rev. 4, 2022 update: 21 sections, 88 divisions,
 * 246 groups, 502 classes) and the sector groupings that gather its classes.
 * <ul>
 *   <li>{@link co.presencia.sector.CiiuClassification}: the classification, read once from DANE's flat table, and
 *       the one parser of codes as planners write them ({@code 111} = {@code 0111}, {@code C1011}, {@code grupo 141});
 *       the classes replaced in 2020/2022 are read as their successor or the group of their successors (ADR 0013).</li>
 *   <li>{@link co.presencia.sector.SectorGrouping}: sections and divisions built in; the shipped example; groupings
 *       loaded as configuration by {@link co.presencia.sector.SectorGroupingCsv}.</li>
 *   <li>{@link co.presencia.sector.SectorCatalog}: all of them, for the process's lifetime.</li>
 * </ul>
 *
 * <p>Guarantees: every code accepted is an entry of the classification (or a replaced class mapped to one); a rejected
 * code carries the reason (unknown, ambiguous, a DIAN code, malformed); no class lies in two sectors of one grouping,
 * and a grouping file with an unknown code or an overlapping mapping fails whole, naming file, line and field.
 * Immutable after loading. No territory, no store, no web types here.
 */
package co.presencia.sector;
