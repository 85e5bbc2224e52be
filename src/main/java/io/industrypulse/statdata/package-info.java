/**
 * Monthly enterprise data (联网直报 B204-1: output, same-month output last year, revenue, electricity) and the
 * deflation inputs (value-added ratios, PPI by division), tables {@code monthly_report}, {@code va_ratio},
 * {@code ppi}. {@link io.industrypulse.statdata.StatDataService} stores them in bulk and serves them to
 * {@code monitor}; stores publish {@link io.industrypulse.statdata.StatDataChanged}. Revisions of imported B204-1 data;
 * soft review flags (核实性错误, table {@code review_flag}) with the explain/accept workflow and the {@code /review} page.
 * Depends on {@code account} (scope, audit log) and {@code region} (county names on the page).
 */
package io.industrypulse.statdata;
