/**
 * The economic context of the territory, from DANE's national accounts: municipal value added 2021 and 2022p with its
 * primary / secondary / tertiary structure ({@link co.presencia.economy.MunicipalValueAddedTable}), and departmental
 * GDP 2005–2023pr by 12 grouped branches plus taxes, at current and constant 2015 prices
 * ({@link co.presencia.economy.DepartmentalAccounts}). {@link co.presencia.economy.EconomicContext} reads both once
 * and derives the figures: shares of department and nation, branch shares, location quotients, real growth
 * (definitions in docs/coverage.md).
 *
 * <p>Guarantees: every figure carries its year with DANE's status (definitive, provisional "p", preliminary "pr") and
 * names its source ("DANE, valor agregado municipal 2022p"); a table that does not have the expected shape (a missing
 * branch, a split that does not add up to its total) fails the load naming file and line; a unit without values is
 * reported as such, never as zero. Values are thousand million pesos as DANE publishes them, never rescaled here.
 * No store and no web types; sits above {@code territory} for its codes.
 */
package co.presencia.economy;
