package io.industrypulse.statdata;

import java.time.YearMonth;

/** Monthly data of the periods {@code from}..{@code to} (or the deflation inputs of those years) changed. */
public record StatDataChanged(YearMonth from, YearMonth to) {}
