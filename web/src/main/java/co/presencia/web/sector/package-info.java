/**
 * HTTP adapter for the sector dimension ({@code co.presencia.sector} through the core's
 * {@link co.presencia.application.Sectors}): CIIU Rev. 4 A.C. by level, one code read as planners write it, and the
 * sector groupings with their sectors. Reads only; every error is a domain error mapped once by {@code web.system}.
 */
package co.presencia.web.sector;
