/**
 * Assembling the reference territory: from the reference files (DANE MGN boundaries through
 * {@code co.presencia.boundary}, the municipal master table, population projections, PDET/ZOMAC, DNP rurality,
 * user group CSVs) into an immutable {@link co.presencia.territory.ReferenceCatalog}, and keeping it in the store
 * with a {@link co.presencia.reference.ReferenceFingerprint fingerprint} of its inputs so later starts read it back.
 *
 * <p>Guarantees: the stored catalog is replaced whole or not at all; a catalog read back equals the one read from
 * the files it was stored from. This package sits above {@code boundary} and {@code territory}; neither depends on it.
 */
package co.presencia.reference;
