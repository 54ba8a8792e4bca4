/**
 * HTTP adapter for the economic context ({@code co.presencia.economy} through the core's
 * {@link co.presencia.application.Economy}): a municipality's value added with its structure and shares, every
 * department's GDP by branch with shares and location quotients, and the sources. Values are DANE's thousand million
 * pesos, shares are fractions; every figure names its source and year. Reads only.
 */
package co.presencia.web.economy;
