/**
 * Monthly enterprise data (联网直报 B204-1: output, same-month output last year, revenue, electricity) and the
 * deflation inputs (value-added ratios, PPI by division), tables {@code monthly_report}, {@code va_ratio},
 * {@code ppi}. {@link io.industrypulse.statdata.StatDataService} stores them in bulk and serves them to
 * {@code monitor}; stores publish {@link io.industrypulse.statdata.StatDataChanged}. Later: revisions, review rules
 * (审核), reporting progress. Depends on no other feature module.
 */
package io.industrypulse.statdata;
