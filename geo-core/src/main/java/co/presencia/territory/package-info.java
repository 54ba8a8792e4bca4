/**
 * The territory of Colombia as DANE and the programs describe it: DIVIPOLA codes (always five characters),
 * municipalities and departments with MGN geometry, territorial vintages (the units in force in a year, the
 * denominator of every percentage) and territory groups (departments, PDET, ZOMAC, rurality, Sistema de Ciudades,
 * population band, user-defined such as ECB).
 *
 * <p>Guarantees: every unit is displayed with its official DIVIPOLA (March 2024) name ({@link co.presencia.territory.OfficialName});
 * every other name DANE's tables give it (MGN 2018, the loaded boundary file, the projections) is kept in
 * {@link co.presencia.territory.PlaceNames} for matching, accent- and case-insensitively; a group's membership never
 * includes a code that is not a loaded municipality. A unit DIVIPOLA codes but no loaded MGN draws (27493 Nuevo
 * Belén de Bajirá) is a municipality without geometry and with zero area: in force from 2024 (1,122 units), its
 * territory counted in 27615 Riosucio before, and in Riosucio's polygon and area until an MGN draws it, so no area is
 * ever counted twice. No web or framework types here.
 */
package co.presencia.territory;
