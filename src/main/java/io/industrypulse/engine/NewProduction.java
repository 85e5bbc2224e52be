package io.industrypulse.engine;

/**
 * An enterprise-month of the current year with output but no same-scope base (新投产 or an entrant without a
 * prior-year report): it adds to the comparable value C and not to the base A (DESIGN.md section 5, edge rules), so
 * it is flagged for the reader of the figures.
 *
 * @param enterprise the enterprise index of the input rows
 * @param month the month, 1..12
 */
public record NewProduction(int enterprise, int month) {}
