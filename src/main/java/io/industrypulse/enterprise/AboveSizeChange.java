package io.industrypulse.enterprise;

import java.time.YearMonth;

/**
 * An enterprise entering or leaving the above-size scope in a month.
 *
 * @param entry true for an entry (its {@code what} is the {@link AboveSizeEntry} name), false for an exit (its
 *     {@code what} is the exit reason as recorded)
 */
public record AboveSizeChange(
        String creditCode, String name, String countyCode, YearMonth month, boolean entry, String what) {}
