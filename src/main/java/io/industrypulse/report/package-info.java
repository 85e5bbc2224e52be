/**
 * Reports and exports: Excel workbooks of the platform's tables in the layout officials paste into their reports
 * (title row, header row, one row per item). Knows nothing of the features whose tables it writes; callers hand it an
 * {@link io.industrypulse.report.ExcelTable}. The only module besides {@code ingest} that uses Apache POI.
 */
package io.industrypulse.report;
