package io.industrypulse.ingest;

import java.util.List;

/** Receives a workbook's rows sheet by sheet from {@link WorkbookStream}, in file order. */
interface SheetVisitor {

    /** @return whether to read this sheet; a sheet not read is skipped without parsing */
    boolean startSheet(String name);

    /** One row that has at least one cell; {@code rowIndex} is 0-based, cells ordered by column. */
    void row(int rowIndex, List<SheetCell> cells);

    /** A merged region of the sheet (0-based, inclusive); may arrive after the rows (xlsx stores them last). */
    void merged(int firstRow, int lastRow, int firstColumn, int lastColumn);

    /** @return whether to go on with the following sheets */
    boolean endSheet();
}
