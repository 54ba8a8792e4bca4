/**
 * The Spring Boot application ({@link co.presencia.web.PresenciaApplication}): the adapters that turn HTTP into calls
 * of the application core ({@code co.presencia.application}) and its answers into documents — JSON, OGC API
 * Features, downloads, maps, the portal's page. One sub-package per resource; {@code system} wires the core and holds
 * the cross-cutting guarantees (language, security, the one error mapping), {@code http} the HTTP mechanics shared by
 * resources (conditional requests, content coding, forwarded headers).
 *
 * <p>Must not: compute a figure, parse a coverage selection, open a store or cache an index; those are the core's
 * (checked by {@code ArchitectureTest}).
 */
package co.presencia.web;
