/**
 * The territory of Colombia as DANE and the programs describe it: DIVIPOLA codes (always five characters),
 * municipalities and departments with MGN geometry, territorial vintages (the units in force in a year, the
 * denominator of every percentage) and territory groups (departments, PDET, ZOMAC, rurality, Sistema de Ciudades,
 * population band, user-defined such as ECB).
 *
 * <p>Guarantees: names are displayed in DANE's spelling and matched accent- and case-insensitively; a group's
 * membership never includes a code that is not a loaded municipality. No web or framework types here.
 */
package co.presencia.territory;
