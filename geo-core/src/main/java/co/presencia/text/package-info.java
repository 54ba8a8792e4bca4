/**
 * Locale-safe text helpers. Guarantees: every case change uses {@link java.util.Locale#ROOT}; accent folding is
 * used for matching only and never for display.
 */
package co.presencia.text;
